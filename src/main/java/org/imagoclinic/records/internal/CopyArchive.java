package org.imagoclinic.records.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The zip archive a copy is handed over in: the PDF to read beside the JSON to process. */
final class CopyArchive {

    static final String PDF = "record.pdf";
    static final String JSON = "record.json";

    private CopyArchive() {
    }

    static byte[] of(byte[] pdf, byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            add(zip, PDF, pdf);
            add(zip, JSON, json);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
