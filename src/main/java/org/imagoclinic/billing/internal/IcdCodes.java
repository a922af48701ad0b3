package org.imagoclinic.billing.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The shape of an ICD-10 code, checked once for the API and the form: a letter, a digit, a digit or
 * letter, then optionally a dot and one to four digits or letters (ICD-10-CM's longest codes have
 * seven characters). Whether a code exists is the clinician's knowledge; its shape is checked here.
 */
final class IcdCodes {

    private static final Pattern ICD10 = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    private IcdCodes() {
    }

    /** The code upper case with its dot ("z630" → "Z63.0"). */
    static String checked(@Nullable String code) {
        String text = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (text.length() > 3 && text.indexOf('.') < 0) {
            text = text.substring(0, 3) + "." + text.substring(3);
        }
        if (!ICD10.matcher(text).matches()) {
            throw new InvalidInputException("code",
                    "Enter an ICD-10 code: a letter, two characters, then a dot and up to four more, e.g. Z63.0 or F43.23.");
        }
        return text;
    }
}
