package org.imagoclinic.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * THE way the product writes CSV (an architecture test refuses any other use of commons-csv's
 * printer): every cell that a spreadsheet would read as a formula, because it begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, is written with a leading
 * {@code '} (OWASP's rule against CSV injection), so that a user name typed at a failed sign-in
 * such as {@code =HYPERLINK(…)} is shown as text, never run. A plain number such as {@code -0.35}
 * is left as it is: it cannot be a formula, and the reports need it as a number.
 */
public final class SpreadsheetSafeCsv implements AutoCloseable {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final CSVPrinter printer;

    private SpreadsheetSafeCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A CSV with this header line, written to {@code out}. */
    public static SpreadsheetSafeCsv to(Appendable out, String... header) {
        try {
            return new SpreadsheetSafeCsv(CSVFormat.DEFAULT.builder().setHeader(safe(header)).get().print(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line; null is an empty cell. */
    public void row(@Nullable Object... cells) {
        row(cells == null ? List.of() : java.util.Arrays.asList(cells));
    }

    /** One line; null is an empty cell. */
    public void row(Iterable<?> cells) {
        List<String> safe = new ArrayList<>();
        cells.forEach(cell -> safe.add(cell(cell)));
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text a cell is written with. */
    public static String cell(@Nullable Object value) {
        String text = value == null ? "" : value.toString();
        if (text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    private static String[] safe(String... header) {
        return java.util.Arrays.stream(header).map(SpreadsheetSafeCsv::cell).toArray(String[]::new);
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
