package org.imagoclinic.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.imagoclinic.clients.AffairStatus;
import org.imagoclinic.clients.ClinicalDecision;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.clients.NewDecision;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.RiskStatus;
import org.imagoclinic.demo.CarePath;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoCouple;
import org.imagoclinic.demo.DemoSession;
import org.imagoclinic.demo.DemoSession.Outcome;
import org.imagoclinic.demo.DemoStaffMember;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.Frequency;
import org.jspecify.annotations.Nullable;

/**
 * Plans the demo clinic's couples from the seed alone: a care path for each (every path at least
 * once, then in proportions a clinic might see), who they are, their therapist and weekly slot (no
 * therapist or room double-booked: {@link SlotPlanner}), their intake, screen, decision, joint
 * sessions with realistic attendance, and how care paused or ended.
 */
final class CouplePlanner {

    /** Couples in a clinic of 150, by path: most in or after a course of joint sessions. */
    private static final List<CarePath> MIX = weighted(CarePath.WAITING, 6, CarePath.NEW_INTAKE, 10,
            CarePath.UNDER_REVIEW, 5, CarePath.REFERRED_OUT, 5, CarePath.ACTIVE, 50, CarePath.PAUSED, 8,
            CarePath.COMPLETED, 42, CarePath.DROPPED_OUT, 16, CarePath.DISCHARGED, 8);

    /**
     * A couple with what the timeline needs besides {@link DemoCouple}.
     *
     * @param slot their therapist, weekday, time and room; none while waiting
     * @param decision the decision on a flagged screen, if one was made
     * @param ending how care ended, for the paths that end
     */
    record Planned(DemoCouple couple, SlotPlanner.@Nullable Slot slot, @Nullable Frequency frequency,
                   @Nullable NewDecision decision, @Nullable EpisodeEnding ending, @Nullable String endingReason) {
    }

    private final DemoClinic clinic;
    private final Random random;
    private final CoupleFaker faker;
    private final SlotPlanner slots;
    private final LocalDateTime now;
    private final @Nullable DemoStaffMember demoTherapist;
    private int activeCouples;

    private CouplePlanner(DemoClinic clinic, List<DemoStaffMember> clinicians) {
        this.clinic = clinic;
        this.random = clinic.random("couples");
        this.faker = new CoupleFaker(clinic.faker("couples"), clinic.random("couple details"), clinic.today());
        this.slots = new SlotPlanner(clinicians, PlacesStep.THERAPY_ROOMS.size(), clinic.random("slots"));
        this.now = clinic.now();
        this.demoTherapist = clinicians.stream()
                .filter(member -> member.username().equals(StaffPlanner.EXISTING_THERAPIST)).findFirst().orElse(null);
    }

    static List<Planned> plan(DemoClinic clinic, List<DemoStaffMember> clinicians) {
        return new CouplePlanner(clinic, clinicians).plan();
    }

    private List<Planned> plan() {
        List<CarePath> paths = new ArrayList<>(List.of(CarePath.values()));
        while (paths.size() < clinic.coupleCount()) {
            paths.add(MIX.get(random.nextInt(MIX.size())));
        }
        Collections.shuffle(paths.subList(0, Math.min(paths.size(), clinic.coupleCount())), random);
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < clinic.coupleCount(); i++) {
            planned.add(couple(i + 1, paths.get(i)));
        }
        return planned;
    }

    private Planned couple(int number, CarePath path) {
        LifeStage stage = faker.stage();
        boolean online = random.nextInt(4) == 0;
        Frequency frequency = random.nextInt(5) == 0 ? Frequency.FORTNIGHTLY : Frequency.WEEKLY;
        int step = frequency.days();
        int held = switch (path) {
            case ACTIVE -> 1 + random.nextInt(Math.max(1, Math.min(14, (int) (historyDays() / step) - 4)));
            case PAUSED -> 3 + random.nextInt(6);
            case COMPLETED -> Math.min(10 + random.nextInt(7), (int) ((historyDays() - 40) / step));
            case DROPPED_OUT -> 2 + random.nextInt(4);
            case DISCHARGED -> 5 + random.nextInt(5);
            default -> 0;
        };
        int booked = switch (path) {
            case ACTIVE -> held + (frequency == Frequency.WEEKLY ? 4 + random.nextInt(5) : 2 + random.nextInt(3));
            case PAUSED -> held + 4 + random.nextInt(4);
            case COMPLETED -> held;
            case DROPPED_OUT, DISCHARGED -> 12;
            default -> 0;
        };
        LocalDate registered = weekday(switch (path) {
            case WAITING -> now.toLocalDate().minusDays(2 + random.nextInt(38));
            case NEW_INTAKE -> now.toLocalDate().minusDays(1 + random.nextInt(14));
            case UNDER_REVIEW -> now.toLocalDate().minusDays(14 + random.nextInt(16));
            case ACTIVE -> now.toLocalDate().minusDays((long) held * step + 7 + 5 + random.nextInt(6));
            case PAUSED -> now.toLocalDate().minusDays((long) held * step + 7 + 10 + random.nextInt(40));
            default -> between(clinic.historyStarts(),
                    now.toLocalDate().minusDays((long) Math.max(held, 1) * step + 45));
        });
        boolean flagged = path == CarePath.UNDER_REVIEW || path == CarePath.REFERRED_OUT
                || (held > 0 && random.nextInt(12) == 0);
        LocalDateTime registeredAt = registered.atTime(9, 30).plusMinutes(random.nextInt(420));
        if (path == CarePath.WAITING) {
            return new Planned(new DemoCouple(number, faker.couple(number, stage, online), path, null, registeredAt, List.of()),
                    null, null, null, null, null);
        }
        int weeksHeld = Math.max(booked, 0) * step / 7 + 1;
        // the demo therapist, whom the README names, always has couples in care to work with
        DemoStaffMember preferred = path == CarePath.ACTIVE && activeCouples++ < 3 ? demoTherapist : null;
        SlotPlanner.Slot slot = slots.place(registered.plusDays(5), weeksHeld, online, preferred);
        LocalDate intakeDay = slot.firstOnOrAfter(registered.plusDays(5));
        DemoCouple couple = new DemoCouple(number, faker.couple(number, stage, slot.room() == null), path,
                slot.therapist(), registeredAt, screens(intakeDay, stage, flagged, path));
        couple.sessions().add(session(AppointmentKind.INTAKE, intakeDay.atTime(slot.time()), true));
        NewDecision decision = !flagged || path == CarePath.UNDER_REVIEW ? null
                : new NewDecision(path == CarePath.REFERRED_OUT ? ClinicalDecision.REFER_OUT
                : ClinicalDecision.PROCEED_WITH_JOINT_WORK, path == CarePath.REFERRED_OUT
                ? "Safety first: referred for individual specialist support before any joint work."
                : "Concern addressed in individual sessions; safe to begin joint work.", intakeDay.plusDays(3));
        if (path == CarePath.REFERRED_OUT) {
            couple.endedOn(intakeDay.plusDays(3));
            return new Planned(couple, slot, null, decision, EpisodeEnding.REFERRED_OUT,
                    "Referred to a specialist service after screening.");
        }
        if (booked == 0) {
            return new Planned(couple, slot, null, decision, null, null);
        }
        couple.activeFrom(decision != null ? intakeDay.plusDays(3).atTime(12, 0)
                : intakeDay.atTime(slot.time()).plusMinutes(100));
        for (int i = 1; i <= booked; i++) {
            couple.sessions().add(session(AppointmentKind.JOINT, intakeDay.plusDays((long) i * step).atTime(slot.time()),
                    false));
        }
        return ending(couple, slot, frequency, decision, held);
    }

    /** Pauses or ends care after {@code held} joint sessions: later ones are called off, the last few missed. */
    private Planned ending(DemoCouple couple, SlotPlanner.Slot slot, Frequency frequency, @Nullable NewDecision decision,
                           int held) {
        List<DemoSession> joint = couple.sessions().subList(1, couple.sessions().size());
        EpisodeEnding ending;
        String reason;
        switch (couple.path()) {
            case PAUSED -> {
                ending = null;
                reason = "A partner is working abroad for two months.";
            }
            case COMPLETED -> {
                ending = EpisodeEnding.COMPLETED;
                reason = "Course completed; goals met.";
            }
            case DROPPED_OUT -> {
                ending = EpisodeEnding.DROPPED_OUT;
                reason = "Stopped coming and did not answer calls.";
            }
            case DISCHARGED -> {
                ending = EpisodeEnding.DISCHARGED;
                reason = "Moving to another city; referred to a colleague there.";
            }
            default -> {
                return new Planned(couple, slot, frequency, decision, null, null);
            }
        }
        LocalDate endedOn = joint.get(Math.min(held, joint.size()) - 1).start().toLocalDate()
                .plusDays(couple.path() == CarePath.DROPPED_OUT ? 15 : 3);
        couple.endedOn(endedOn);
        for (int i = 0; i < joint.size(); i++) {
            DemoSession session = joint.get(i);
            if (session.start().toLocalDate().isAfter(endedOn) || session.start().toLocalDate().equals(endedOn)) {
                session.outcome(Outcome.CALLED_OFF);
            } else if (i >= held && couple.path() == CarePath.DROPPED_OUT) {
                session.outcome(Outcome.NO_SHOW);
            }
        }
        return new Planned(couple, slot, frequency, decision, ending, reason);
    }

    private DemoSession session(AppointmentKind kind, LocalDateTime start, boolean intake) {
        LocalDateTime end = start.plusMinutes(kind.defaultMinutes());
        if (!end.isBefore(now)) {
            return new DemoSession(kind, start, end, Outcome.SCHEDULED);
        }
        int roll = random.nextInt(100);
        Outcome outcome = intake || roll < 83 ? Outcome.COMPLETED : roll < 89 ? Outcome.NO_SHOW
                : roll < 95 ? Outcome.LATE_CANCELLED : Outcome.CANCELLED;
        return new DemoSession(kind, start, end, outcome);
    }

    /** Each partner's screen, asked separately; a flagged couple's concern comes from one of them. */
    private List<NewScreen> screens(LocalDate day, LifeStage stage, boolean flagged, CarePath path) {
        if (path == CarePath.NEW_INTAKE && !day.atTime(18, 0).isBefore(now)) {
            return List.of();
        }
        PartnerSlot concerned = random.nextBoolean() ? PartnerSlot.A : PartnerSlot.B;
        return List.of(PartnerSlot.A, PartnerSlot.B).stream()
                .map(partner -> flagged && partner == concerned ? flaggedScreen(day, partner) : cleanScreen(day, stage, partner))
                .toList();
    }

    private NewScreen flaggedScreen(LocalDate day, PartnerSlot partner) {
        return switch (random.nextInt(5)) {
            case 0 -> new NewScreen(day, partner, RiskStatus.CURRENT, RiskStatus.NONE, AffairStatus.NONE, RiskStatus.NONE,
                    false, null, false, "Disclosed in the individual screening conversation.");
            case 1 -> new NewScreen(day, partner, RiskStatus.NONE, RiskStatus.NONE, AffairStatus.ONGOING_UNDISCLOSED,
                    RiskStatus.NONE, false, null, false, "An affair the other partner does not know about.");
            case 2 -> new NewScreen(day, partner, RiskStatus.NONE, RiskStatus.NONE, AffairStatus.NONE, RiskStatus.CURRENT,
                    false, null, false, "Daily heavy drinking.");
            case 3 -> new NewScreen(day, partner, RiskStatus.NONE, RiskStatus.CURRENT, AffairStatus.NONE, RiskStatus.NONE,
                    false, null, false, "Describes a partner who checks the phone and controls the money.");
            default -> new NewScreen(day, partner, RiskStatus.NONE, RiskStatus.NONE, AffairStatus.NONE, RiskStatus.NONE,
                    true, null, false, "In acute crisis after a job loss.");
        };
    }

    private NewScreen cleanScreen(LocalDate day, LifeStage stage, PartnerSlot partner) {
        AffairStatus affair = stage == LifeStage.AFTER_AFFAIR ? AffairStatus.ENDED : AffairStatus.NONE;
        RiskStatus substance = random.nextInt(12) == 0 ? RiskStatus.PAST : RiskStatus.NONE;
        RiskStatus violence = random.nextInt(25) == 0 ? RiskStatus.PAST : RiskStatus.NONE;
        return new NewScreen(day, partner, violence, RiskStatus.NONE, affair, substance, false, null, false, null);
    }

    private long historyDays() {
        return ChronoUnit.DAYS.between(clinic.historyStarts(), now.toLocalDate());
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days));
    }

    /** The front desk registers on weekdays: a weekend day becomes the Friday before. */
    private static LocalDate weekday(LocalDate day) {
        return day.getDayOfWeek().getValue() > 5 ? day.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY)) : day;
    }

    private static List<CarePath> weighted(Object... pathsAndWeights) {
        List<CarePath> mix = new ArrayList<>();
        for (int i = 0; i < pathsAndWeights.length; i += 2) {
            for (int n = 0; n < (Integer) pathsAndWeights[i + 1]; n++) {
                mix.add((CarePath) pathsAndWeights[i]);
            }
        }
        return List.copyOf(mix);
    }

}
