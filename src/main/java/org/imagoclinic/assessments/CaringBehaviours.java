package org.imagoclinic.assessments;

import java.util.List;

/**
 * Caring behaviours (re-romanticising), the three lists of the partner the record belongs to, each
 * behaviour rated for importance; the other partner commits to some each day.
 *
 * @param now what my partner does now that makes me feel loved
 * @param past what my partner used to do
 * @param neverAsked what I have always wanted and never asked for
 */
public record CaringBehaviours(List<Behaviour> now, List<Behaviour> past, List<Behaviour> neverAsked)
        implements ImagoContent {

    public CaringBehaviours {
        now = now == null ? List.of() : List.copyOf(now);
        past = past == null ? List.of() : List.copyOf(past);
        neverAsked = neverAsked == null ? List.of() : List.copyOf(neverAsked);
    }

    /** A caring behaviour and how much it matters, 1 (a little) to 5 (very much). */
    public record Behaviour(String text, int importance) {
    }

    @Override
    public ImagoRecordKind kind() {
        return ImagoRecordKind.CARING_BEHAVIOURS;
    }

    @Override
    public String summary() {
        return "Caring behaviours: " + now.size() + " now, " + past.size() + " in the past, " + neverAsked.size()
                + " never asked for";
    }
}
