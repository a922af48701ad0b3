package org.imagoclinic.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.assessments.DialogueRound;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.ExerciseRecorded;
import org.imagoclinic.assessments.FollowUpOutcome;
import org.imagoclinic.assessments.MeasureCompleted;
import org.imagoclinic.assessments.NoteCoSigned;
import org.imagoclinic.assessments.NoteResubmitted;
import org.imagoclinic.assessments.NoteReturned;
import org.imagoclinic.assessments.NoteSigned;
import org.imagoclinic.assessments.ReceiverRatings;
import org.imagoclinic.assessments.RequestFollowedUp;
import org.imagoclinic.assessments.SenderRatings;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.CoupleRegistered;
import org.imagoclinic.clients.EpisodeClosed;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.EpisodeOpened;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.clients.RelationshipStatus;
import org.imagoclinic.clients.TherapistAssigned;
import org.imagoclinic.portal.HomePracticeLogged;
import org.imagoclinic.portal.PracticeEntry;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.CoupleLeftWaitlist;
import org.imagoclinic.scheduling.CoupleWaitlisted;
import org.imagoclinic.scheduling.Priority;
import org.imagoclinic.scheduling.SessionCancelled;
import org.imagoclinic.scheduling.SessionCheckInUndone;
import org.imagoclinic.scheduling.SessionCheckedIn;
import org.imagoclinic.scheduling.SessionCompleted;
import org.imagoclinic.scheduling.SessionMissed;
import org.imagoclinic.scheduling.SessionRescheduled;
import org.imagoclinic.scheduling.SessionScheduled;
import org.imagoclinic.scheduling.WaitlistExit;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Table;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pins what the projection does, so that a change to how it is written cannot change what it
 * writes or how often it asks PostgreSQL: one clinic of fixed ids, told as every event type
 * reporting listens to and through every branch the projection has (events out of order, a
 * session's state never going back, sessions without a couple or an episode, a measure without an
 * episode, a couple's second episode, a co-signature before its signature, a wait left before it was
 * joined), is applied into fresh copies of reporting's tables. The statements each event took and
 * every row of every table must equal {@code projection-rows.txt}, written by the projection as it
 * was before it moved onto the generated jOOQ classes, with the times of undoable steps added since
 * (ADR 0065; each run writes what it found to {@code target/projection-rows.txt}, to compare with).
 */
@ClinicIntegrationTest
class ProjectionRowsTests {

    private static final String SCHEMA = "reporting_rows_check";
    private static final String EXPECTED = "projection-rows.txt";
    /** Every read-model table, in the order of the expected file. */
    private static final List<String> TABLES = List.of("couple", "episode_fact", "partner_outcome", "couple_outcome",
            "measure", "session", "exercise", "dialogue_round", "follow_up", "note", "waitlist_entry", "session_reminder",
            "home_practice");

    @Autowired
    DSLContext dsl;
    @Autowired
    Projection projection;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void dropCopy() {
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
    }

    @Test
    void everyEventWritesTheRowsAndTakesTheStatementsItDidBefore() throws IOException {
        jdbc.execute("create schema " + SCHEMA);
        for (Table<?> table : ReadModelSchema.TABLES) {
            Rebuilder.copyOfTable(dsl, table, SCHEMA);
        }
        StatementsOnThisThread statements = new StatementsOnThisThread();
        DSLContext counted = ReadModelSchema.addressing(dsl, SCHEMA).configuration()
                .derive(new DefaultExecuteListenerProvider(statements)).dsl();
        List<String> lines = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            for (Object event : clinic()) {
                int before = statements.count;
                projection.apply(event, counted);
                lines.add(event.getClass().getSimpleName() + ": " + (statements.count - before) + " statements");
            }
        });
        assertThat(ReadModelSchema.TABLES).map(Table::getName).containsExactlyInAnyOrderElementsOf(TABLES);
        for (String table : TABLES) {
            lines.add("-- " + table);
            lines.addAll(jdbc.queryForList("select t::text from " + SCHEMA + "." + table + " t order by 1", String.class));
        }

        Files.write(Path.of("target", EXPECTED), lines);
        assertThat(lines).containsExactlyElementsOf(expected());
    }

    /**
     * A step and its undoing (an arrival and its undoing, a note's return and its resubmission) may be
     * delivered in either order; the row must end as the times they happened say, in every order.
     */
    @Test
    void anUndoingThatOvertakesWhatItUndoesEndsTheRowAsTheirTimesSay() {
        jdbc.execute("create schema " + SCHEMA);
        for (Table<?> table : ReadModelSchema.TABLES) {
            Rebuilder.copyOfTable(dsl, table, SCHEMA);
        }
        DSLContext copy = ReadModelSchema.addressing(dsl, SCHEMA);
        UUID couple = id(1);
        UUID episode = id(11);
        Instant start = at(LocalDate.of(2031, 1, 6), 10);
        Instant end = start.plusSeconds(3600);
        List<UUID> persons = List.of(id(31), id(32));
        List<UUID> lee = List.of(id(21));
        SessionCheckedIn arrived = new SessionCheckedIn(id(101), AppointmentKind.JOINT, couple, persons, episode, lee, start,
                end, start.minusSeconds(300));
        SessionCheckInUndone undone = new SessionCheckInUndone(id(101), AppointmentKind.JOINT, couple, persons, episode, lee,
                start, end, start.minusSeconds(240));
        SessionCheckedIn arrivedAgain = new SessionCheckedIn(id(101), AppointmentKind.JOINT, couple, persons, episode, lee,
                start, end, start.minusSeconds(60));
        NoteSigned signed = new NoteSigned(id(401), couple, episode, id(101), id(21), true, end, id(23));
        NoteReturned returned = new NoteReturned(id(401), couple, episode, id(21), id(23), end.plusSeconds(86_400));
        NoteResubmitted resubmitted = new NoteResubmitted(id(401), couple, episode, id(21), end.plusSeconds(2 * 86_400));
        NoteReturned returnedAgain = new NoteReturned(id(401), couple, episode, id(21), id(23), end.plusSeconds(3 * 86_400));

        assertThat(rowsInEveryOrder(copy, "session", List.of(arrived, undone))).singleElement().asString()
                .contains(",SCHEDULED,");
        assertThat(rowsInEveryOrder(copy, "session", List.of(arrived, undone, arrivedAgain))).singleElement().asString()
                .contains(",CHECKED_IN,");
        assertThat(rowsInEveryOrder(copy, "note", List.of(signed, returned, resubmitted))).singleElement().asString()
                .contains(",f,");
        assertThat(rowsInEveryOrder(copy, "note", List.of(signed, returned, resubmitted, returnedAgain))).singleElement()
                .asString().contains(",t,").contains(",2031-01-06,");
    }

    /** The rows {@code table} ends with after {@code events} in each of their orders, each order from empty tables. */
    private Set<String> rowsInEveryOrder(DSLContext copy, String table, List<Object> events) {
        Set<String> rows = new HashSet<>();
        for (List<Object> order : orders(events)) {
            transactions.executeWithoutResult(status -> {
                jdbc.execute("truncate " + SCHEMA + "." + table);
                order.forEach(event -> projection.apply(event, copy));
            });
            rows.add(String.join("\n", jdbc.queryForList("select t::text from " + SCHEMA + "." + table + " t", String.class)));
        }
        return rows;
    }

    private static List<List<Object>> orders(List<Object> events) {
        if (events.size() <= 1) {
            return List.of(events);
        }
        List<List<Object>> orders = new ArrayList<>();
        for (Object first : events) {
            List<Object> rest = new ArrayList<>(events);
            rest.remove(first);
            for (List<Object> order : orders(rest)) {
                List<Object> whole = new ArrayList<>(List.of(first));
                whole.addAll(order);
                orders.add(whole);
            }
        }
        return orders;
    }

    private List<String> expected() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(EXPECTED)) {
            assertThat(in).as(EXPECTED).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** Statements executed on the test's own thread (listeners of other tests run on others). */
    private static final class StatementsOnThisThread implements ExecuteListener {

        private final Thread owner = Thread.currentThread();
        int count;

        @Override
        public void executeStart(ExecuteContext ctx) {
            if (Thread.currentThread() == owner) {
                count++;
            }
        }
    }

    private static UUID id(int n) {
        return new UUID(0x1500_0000_0000_0000L, n);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 30).atZone(java.time.ZoneOffset.UTC).toInstant();
    }

    /**
     * Couple 1: registered, two episodes (the second its not-first), reassigned, sessions in every
     * state, both partners measured, dialogues, requests and follow-ups, notes, waits; couple 2: an
     * episode opened before the registration arrives; and sessions without a couple or an episode.
     */
    private static List<Object> clinic() {
        UUID c1 = id(1);
        UUID c2 = id(2);
        UUID e1 = id(11);
        UUID e2 = id(12);
        UUID e3 = id(13);
        UUID lee = id(21);
        UUID ross = id(22);
        UUID kim = id(23);
        UUID a = id(31);
        UUID b = id(32);
        UUID c = id(33);
        LocalDate jan = LocalDate.of(2031, 1, 6);
        List<UUID> leeOnly = List.of(lee);
        List<Object> events = new ArrayList<>();
        events.add(new CoupleRegistered(c1, a, b, jan.minusDays(10), RelationshipStatus.MARRIED, LifeStage.AFTER_AFFAIR,
                List.of("trust", "money, \"time\""), null, ConfidentialityPolicy.NO_SECRETS));
        events.add(new EpisodeOpened(c1, e1, jan, lee, null));
        events.add(new EpisodeOpened(c2, e2, jan.plusDays(3), ross, kim));
        events.add(new CoupleRegistered(c2, c, id(34), jan.minusDays(1), RelationshipStatus.COHABITING, null, List.of(),
                null, ConfidentialityPolicy.NO_SECRETS));
        events.add(new TherapistAssigned(c1, e1, ross, kim, lee, null, jan.plusWeeks(2)));
        // sessions of episode 1: completed (its scheduling delivered last), missed, cancelled late and by the clinic
        for (int week = 1; week <= 5; week++) {
            UUID appointment = id(100 + week);
            Instant start = at(jan.plusWeeks(week), 18);
            Instant end = start.plusSeconds(5400);
            List<UUID> persons = List.of(a, b);
            switch (week) {
                case 1 -> {
                    events.add(new SessionCheckedIn(appointment, AppointmentKind.JOINT, c1, persons, e1, leeOnly, start, end,
                            start));
                    events.add(new SessionCompleted(appointment, AppointmentKind.JOINT, c1, persons, e1, leeOnly, start, end,
                            true, end));
                    events.add(new SessionScheduled(appointment, AppointmentKind.JOINT, c1, persons, e1, leeOnly, start, end,
                            null));
                }
                case 2 -> events.add(new SessionMissed(appointment, AppointmentKind.JOINT, c1, persons, e1, leeOnly, start,
                        end, end));
                case 3 -> events.add(new SessionCancelled(appointment, AppointmentKind.JOINT, c1, persons, e1, leeOnly,
                        start, end, CancelledBy.CLIENT, true, "Unwell"));
                case 4 -> events.add(new SessionCancelled(appointment, AppointmentKind.INDIVIDUAL, c1, List.of(a), e1,
                        List.of(), start, end, CancelledBy.CLINIC, false, "Therapist ill"));
                default -> {
                    events.add(new SessionScheduled(appointment, AppointmentKind.HALF_DAY_INTENSIVE, c1, persons, e1,
                            List.of(ross, kim), start, end, null));
                    Instant later = start.plusSeconds(3 * 86_400);
                    events.add(new SessionRescheduled(appointment, AppointmentKind.HALF_DAY_INTENSIVE, c1, persons, e1,
                            List.of(ross, kim), start, end, later, later.plusSeconds(14_400)));
                    events.add(new SessionCompleted(appointment, AppointmentKind.HALF_DAY_INTENSIVE, c1, persons, e1,
                            List.of(ross, kim), later, later.plusSeconds(14_400), true, later.plusSeconds(14_400)));
                }
            }
        }
        // an intake without an episode, a block without a couple, a reschedule without a couple
        Instant intake = at(jan.minusDays(2), 9);
        events.add(new SessionCompleted(id(120), AppointmentKind.INTAKE, c2, List.of(), null, List.of(ross), intake,
                intake.plusSeconds(5400), true, intake.plusSeconds(5400)));
        events.add(new SessionScheduled(id(121), AppointmentKind.WORKSHOP, null, List.of(), null, leeOnly, intake, intake,
                null));
        events.add(new SessionRescheduled(id(122), AppointmentKind.WORKSHOP, null, List.of(), null, leeOnly, intake, intake,
                intake.plusSeconds(86_400), intake.plusSeconds(86_400)));
        events.add(new SessionScheduled(id(123), AppointmentKind.JOINT, c2, List.of(), e2, List.of(ross),
                at(jan.plusWeeks(1), 23), at(jan.plusWeeks(1), 23).plusSeconds(5400), null));
        // measures: partner a three (two on one day), partner b one, one without an episode
        events.add(new MeasureCompleted(id(201), c1, a, e1, "CSI-16", 40, true, jan.plusWeeks(1)));
        events.add(new MeasureCompleted(id(203), c1, a, e1, "CSI-16", 46, true, jan.plusWeeks(5)));
        events.add(new MeasureCompleted(id(202), c1, a, e1, "CSI-16", 44, true, jan.plusWeeks(5)));
        events.add(new MeasureCompleted(id(204), c1, b, e1, "CSI-16", 30, true, jan.plusWeeks(1)));
        events.add(new MeasureCompleted(id(205), c1, b, e1, "PHQ-9", 12, true, jan.plusWeeks(1)));
        events.add(new MeasureCompleted(id(206), c2, c, null, "CSI-16", 70, false, jan));
        // dialogues, requests and their follow-ups (the latest follow-up decides)
        // a dialogue as events told it before rounds (receiver ratings only), and one in two rounds
        events.add(new ExerciseRecorded(id(301), ExerciseKind.COUPLES_DIALOGUE, c1, e1, null, null, jan.plusWeeks(1),
                new ReceiverRatings(2, 3, null, 1), List.of()));
        events.add(new ExerciseRecorded(id(306), ExerciseKind.COUPLES_DIALOGUE, c1, e1, null, null, jan.plusWeeks(3),
                null, List.of(new DialogueRound(a, b, new SenderRatings(4, 3, null), new ReceiverRatings(3, 2, 2, null)),
                new DialogueRound(b, a, new SenderRatings(2, null, 5), new ReceiverRatings(4, null, null, null)))));
        events.add(new ExerciseRecorded(id(302), ExerciseKind.APPRECIATION_DIALOGUE, c1, e1, a, null, jan.plusWeeks(2),
                null, List.of()));
        events.add(new ExerciseRecorded(id(303), ExerciseKind.BEHAVIOUR_CHANGE_REQUEST, c1, e1, a, null, jan.plusWeeks(2),
                null, List.of()));
        events.add(new ExerciseRecorded(id(304), ExerciseKind.BEHAVIOUR_CHANGE_REQUEST, c1, e1, b, null, jan.plusWeeks(2),
                null, List.of()));
        events.add(new ExerciseRecorded(id(305), ExerciseKind.IMAGO_PROFILE, c1, e1, b, null, jan.plusWeeks(2), null, List.of()));
        events.add(new RequestFollowedUp(id(311), id(303), c1, e1, a, FollowUpOutcome.NOT_KEPT, jan.plusWeeks(3)));
        events.add(new RequestFollowedUp(id(312), id(303), c1, e1, a, FollowUpOutcome.KEPT, jan.plusWeeks(4)));
        events.add(new RequestFollowedUp(id(313), id(304), c1, e1, b, FollowUpOutcome.PARTLY_KEPT, jan.plusWeeks(4)));
        // notes: one co-signed, one co-signed before its signature arrives, one never co-signed
        events.add(new NoteSigned(id(401), c1, e1, id(101), lee, true, at(jan.plusWeeks(1), 20), kim));
        events.add(new NoteCoSigned(id(401), c1, e1, lee, kim, at(jan.plusWeeks(1).plusDays(2), 23)));
        events.add(new NoteCoSigned(id(402), c1, e1, ross, kim, at(jan.plusWeeks(3), 8)));
        events.add(new NoteSigned(id(402), c1, e1, id(103), ross, true, at(jan.plusWeeks(2), 8), kim));
        events.add(new NoteSigned(id(403), c2, e2, null, ross, false, at(jan.plusWeeks(2), 12), null));
        // waits: joined and booked, left before joined (withdrawn), still waiting
        events.add(new CoupleWaitlisted(id(501), c1, jan.minusDays(30), Priority.HIGH, lee));
        events.add(new CoupleLeftWaitlist(id(501), c1, jan.minusDays(30), jan.minusDays(2), WaitlistExit.SLOT_BOOKED, lee,
                id(101)));
        events.add(new CoupleLeftWaitlist(id(502), c2, jan.minusDays(20), jan.minusDays(5), WaitlistExit.WITHDRAWN, null,
                null));
        events.add(new CoupleWaitlisted(id(502), c2, jan.minusDays(20), Priority.URGENT, null));
        events.add(new CoupleWaitlisted(id(503), c2, jan.plusDays(1), Priority.NORMAL, ross));
        // episode 1 ends, a second episode of couple 1 opens; episode 2 ends
        events.add(new EpisodeClosed(c1, e1, EpisodeEnding.DROPPED_OUT, jan, jan.plusWeeks(8), ross, kim));
        events.add(new EpisodeOpened(c1, e3, jan.plusWeeks(10), lee, null));
        events.add(new MeasureCompleted(id(207), c1, a, e3, "CSI-16", 50, true, jan.plusWeeks(10)));
        events.add(new EpisodeClosed(c2, e2, EpisodeEnding.COMPLETED, jan.plusDays(3), jan.plusWeeks(12), null, null));
        // home practice from the portal: a dialogue delivered twice counts once, and a temperature reading
        HomePracticeLogged dialogue = new HomePracticeLogged(id(601), c1, a, jan.plusWeeks(10), PracticeEntry.Kind.DIALOGUE, 20);
        events.add(dialogue);
        events.add(dialogue);
        events.add(new HomePracticeLogged(id(602), c1, b, jan.plusWeeks(10).plusDays(1), PracticeEntry.Kind.TEMPERATURE_READING,
                0));
        return events;
    }
}
