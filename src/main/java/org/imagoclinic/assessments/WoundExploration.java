package org.imagoclinic.assessments;

import org.jspecify.annotations.Nullable;

/**
 * A childhood wound exploration: the significant childhood experiences a partner shared, in their
 * words, and the link they drew to frustrations with their partner today. Individual; under the
 * "confidential individual sessions" policy it stays off the joint record.
 *
 * @param narrative what was shared
 * @param presentLink the link to present frustrations, as the partner drew it; may be empty
 */
public record WoundExploration(String narrative, @Nullable String presentLink) implements ImagoContent {

    @Override
    public ImagoRecordKind kind() {
        return ImagoRecordKind.WOUND_EXPLORATION;
    }

    @Override
    public String summary() {
        return "Childhood wound exploration";
    }
}
