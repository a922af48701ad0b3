package org.imagoclinic.clients.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Tidying free text before it is stored: trimmed, and blank means nothing. */
final class Text {

    private Text() {
    }

    static @Nullable String clean(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    static String required(String text) {
        return Objects.requireNonNull(clean(text), "checked before");
    }

    static boolean blank(@Nullable String text) {
        return clean(text) == null;
    }

    /** Tags trimmed, lower case, without blanks or repeats, in the order given. */
    static List<String> tags(Collection<String> tags) {
        return tags.stream().filter(Objects::nonNull).map(String::strip).filter(tag -> !tag.isEmpty())
                .map(tag -> tag.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    }
}
