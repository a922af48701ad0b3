package org.imagoclinic.assessments;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Closing exits: the ways the partner the record belongs to leaves the relationship emotionally,
 * listed and closed over time (each revision keeps the earlier list).
 */
public record Exits(List<Exit> exits) implements ImagoContent {

    public Exits {
        exits = exits == null ? List.of() : List.copyOf(exits);
    }

    /**
     * One exit, e.g. "threatening divorce" (hard) or "working late every night" (soft).
     *
     * @param closedOn the day it was closed; only for a closed exit, the record's day when left out
     * @param describesHarm a hard exit that describes self-harm or violence, ticked by the therapist:
     *                      it raises the acute-crisis flag on the partner's screen
     */
    public record Exit(String description, Kind kind, Status status, @Nullable LocalDate closedOn,
                       @JsonSetter(nulls = Nulls.AS_EMPTY) boolean describesHarm) {

        /** An exit that is not closed and describes no harm. */
        public Exit(String description, Kind kind, Status status) {
            this(description, kind, status, null, false);
        }

        /** The same exit closed on this day, when it is closed and has no day yet. */
        public Exit closedByDefaultOn(LocalDate day) {
            return status == Status.CLOSED && closedOn == null ? new Exit(description, kind, status, day, describesHarm)
                    : this;
        }

        /** Whether this exit raises the acute-crisis flag. */
        public boolean raisesCrisis() {
            return kind == Kind.HARD && describesHarm;
        }
    }

    /** The same exits, each closed one dated (by this day when it has no day yet). */
    public Exits closedByDefaultOn(LocalDate day) {
        return new Exits(exits.stream().map(exit -> exit.closedByDefaultOn(day)).toList());
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
