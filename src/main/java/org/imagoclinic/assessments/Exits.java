package org.imagoclinic.assessments;

import java.util.List;

/**
 * Closing exits: the ways the partner the record belongs to leaves the relationship emotionally,
 * listed and closed over time (each revision keeps the earlier list).
 */
public record Exits(List<Exit> exits) implements ImagoContent {

    public Exits {
        exits = exits == null ? List.of() : List.copyOf(exits);
    }

    /** One exit, e.g. "threatening divorce" (hard) or "working late every night" (soft). */
    public record Exit(String description, Kind kind, Status status) {
    }

    /** Hard exits end or threaten the relationship; soft ones drain it. */
    public enum Kind {
        HARD("Hard"), SOFT("Soft");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where closing the exit stands. */
    public enum Status {
        OPEN("Open"), CLOSING("Closing"), CLOSED("Closed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public ImagoRecordKind kind() {
        return ImagoRecordKind.EXITS;
    }

    @Override
    public String summary() {
        return "Exits: " + exits.stream().filter(exit -> exit.status() != Status.CLOSED).count() + " open or closing, "
                + exits.stream().filter(exit -> exit.status() == Status.CLOSED).count() + " closed";
    }
}
