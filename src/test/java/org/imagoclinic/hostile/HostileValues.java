package org.imagoclinic.hostile;

import java.util.List;
import java.util.Random;

/**
 * JSON values an attacker or a broken client sends in place of a field: wrong types, nulls, huge and
 * strange strings, SQL and markup, numbers and dates far out of range, negative durations. Drawn
 * from a seeded random source so that a failing case can be replayed with the same seed.
 */
final class HostileValues {

    static final List<String> FIXED = List.of(
            "null", "true", "0", "-1", "-90", "2147483648", "-9223372036854775809", "1e309", "0.5", "NaN",
            "[]", "{}", "[null]", "{\"$ne\": null}",
            "\"\"", "\" \"", "\"not-a-uuid\"", "\"00000000-0000-0000-0000-000000000000\"",
            "\"'; drop table clients.couple; --\"", "\"' or '1'='1\"", "\"\\\\\"",
            "\"<script>alert(1)</script>\"", "\"<img src=x onerror=alert(1)>\"",
            "\"\\u0000\"", "\"nul\\u0000inside\"", "\"\\ud83d\\udc9e\\u200d\\u202e\\u0301 Zoë Ünïcödé 日本語 עברית\"",
            "\"\\ud800\"",
            "\"+999999999-12-31\"", "\"-999999999-01-01\"", "\"0000-01-01\"", "\"9999-12-31T23:59\"",
            "\"1900-02-29\"", "\"2026-13-45\"", "\"25:61\"", "\"PT-50M\"", "\"P-1D\"",
            "\"-9999-01\"");

    private final Random random;

    HostileValues(long seed) {
        this.random = new Random(seed);
    }

    /** One hostile JSON value. */
    String next() {
        return switch (random.nextInt(8)) {
            case 0 -> hugeString();
            case 1 -> randomUnicode();
            default -> FIXED.get(random.nextInt(FIXED.size()));
        };
    }

    /** Whole bodies that are not the object the endpoint expects at all. */
    static List<String> wrongBodies() {
        return List.of("", "null", "[]", "42", "\"a string\"", "{", "{\"a\":", "not json at all",
                "{\"unexpected\": true}", "[".repeat(2000) + "]".repeat(2000), "{\"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
    }

    private String hugeString() {
        return "\"" + "A".repeat(100_000 + random.nextInt(1000)) + "\"";
    }

    private String randomUnicode() {
        StringBuilder text = new StringBuilder("\"");
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextInt(0x2FFFF);
            if (Character.isValidCodePoint(codePoint) && !Character.isSurrogate((char) codePoint) && codePoint >= 0x20
                    && codePoint != '"' && codePoint != '\\') {
                text.appendCodePoint(codePoint);
            }
        }
        return text.append('"').toString();
    }

    int pick(int bound) {
        return random.nextInt(bound);
    }
}
