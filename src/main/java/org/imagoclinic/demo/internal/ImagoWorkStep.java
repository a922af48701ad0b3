package org.imagoclinic.demo.internal;

import static org.imagoclinic.demo.internal.ClinicalPhrases.any;
import static org.imagoclinic.demo.internal.ClinicalPhrases.one;
import static org.imagoclinic.demo.internal.ClinicalPhrases.some;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.imagoclinic.assessments.Appreciations;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.CaringBehaviours;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.DialogueRound;
import org.imagoclinic.assessments.ExerciseKind;
import org.imagoclinic.assessments.Exits;
import org.imagoclinic.assessments.FollowUpOutcome;
import org.imagoclinic.assessments.ImagoContent;
import org.imagoclinic.assessments.ImagoProfile;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.NewFollowUp;
import org.imagoclinic.assessments.NewImagoRecord;
import org.imagoclinic.assessments.ReceiverRatings;
import org.imagoclinic.assessments.RelationshipVision;
import org.imagoclinic.assessments.SenderRatings;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoClinicStep;
import org.imagoclinic.demo.DemoCouple;
import org.imagoclinic.demo.DemoSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Imago work of each couple in joint sessions, recorded by the therapist just after the session: the
 * relationship vision at the first, each partner's Imago profile at the second and third, dialogues in one
 * round or, mostly once the receiver reaches empathy, two with the roles swapped, each round rated for the
 * sender's part and the receiver's steps with ratings that grow with the couple's {@link Trajectory}, caring behaviours and each partner's exits at the fourth (one closed at the eighth), a
 * behaviour change request at the fifth with a six-week time limit, followed up every two weeks at the first
 * session on or after the day it falls due, and appreciations every third session. Follow-ups that fall due
 * after a couple's latest session wait in the therapist's queue.
 */
@Component
class ImagoWorkStep implements DemoClinicStep {

    /** A behaviour change request's time limit, in weeks from the day it is made. */
    static final int REQUEST_WEEKS = 6;
    /** How often the therapist follows a request up until its time limit. */
    static final int FOLLOW_UP_EVERY_DAYS = 14;

    private final ImagoRecords records;

    ImagoWorkStep(ImagoRecords records) {
        this.records = records;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void plan(DemoClinic clinic) {
        for (DemoCouple couple : clinic.couples()) {
            List<DemoSession> held = Trajectory.heldJointSessions(couple);
            if (held.isEmpty()) {
                continue;
            }
            new CoupleWork(clinic, couple, held).plan();
        }
    }

    /** The exercises of one couple's sessions. */
    private final class CoupleWork {

        private final DemoClinic clinic;
        private final DemoCouple couple;
        private final List<DemoSession> held;
        private final Trajectory trajectory;
        private final Random random;
        private final String therapist;
        private final AtomicReference<UUID> request = new AtomicReference<>();

        CoupleWork(DemoClinic clinic, DemoCouple couple, List<DemoSession> held) {
            this.clinic = clinic;
            this.couple = couple;
            this.held = held;
            this.trajectory = Trajectory.of(clinic, couple);
            this.random = clinic.random("imago work " + couple.number());
            this.therapist = couple.therapist().username();
        }

        void plan() {
            boolean askingA = random.nextBoolean();
            Exits exitsA = exits(true);
            LocalDate madeOn = null;
            LocalDate followedUp = null;
            int followUps = 0;
            for (int k = 1; k <= held.size(); k++) {
                DemoSession session = held.get(k - 1);
                if (k == 1) {
                    joint(session, "relationship vision", vision());
                }
                if (k == 2 || (k == 1 && held.size() == 1)) {
                    partner(session, true, "Imago profile", profile());
                }
                if (k == 3 || (k == 2 && held.size() == 2)) {
                    partner(session, false, "Imago profile", profile());
                }
                if (k == 2 || (k > 2 && random.nextInt(10) < 7)) {
                    dialogue(session, k);
                }
                if (k == 4) {
                    partner(session, true, "caring behaviours", caring());
                    partner(session, false, "caring behaviours", caring());
                    partner(session, true, "exits", exitsA);
                    partner(session, false, "exits", exits(false));
                }
                if (k == 8) {
                    partner(session, true, "exits closed so far", firstClosed(exitsA));
                }
                if (k == 5) {
                    madeOn = session.start().toLocalDate();
                    behaviourChangeRequest(session, askingA, madeOn);
                } else if (madeOn != null && nextFollowUp(madeOn, followedUp) != null
                        && !nextFollowUp(madeOn, followedUp).isAfter(session.start().toLocalDate())) {
                    followedUp = session.start().toLocalDate();
                    followUp(session, ++followUps);
                }
                if (k % 3 == 0) {
                    joint(session, "appreciations", appreciations());
                }
            }
        }

        private void joint(DemoSession session, String what, ImagoContent content) {
            joint(session, what, () -> content);
        }

        private void joint(DemoSession session, String what, Supplier<ImagoContent> content) {
            clinic.at(session.end().plusMinutes(5), therapist, "record the " + what + " of couple " + couple.number(),
                    () -> records.record(couple.coupleId(), record(null, session, content.get())));
        }

        private void partner(DemoSession session, boolean partnerA, String what, ImagoContent content) {
            clinic.at(session.end().plusMinutes(6), therapist, "record the " + what + " of a partner of couple "
                    + couple.number(), () -> records.record(couple.coupleId(),
                    record(partnerA ? couple.partnerAId() : couple.partnerBId(), session, content)));
        }

        private NewImagoRecord<ImagoContent> record(@Nullable UUID partnerId, DemoSession session, ImagoContent content) {
            return new NewImagoRecord<>(partnerId, session.appointmentId(), session.start().toLocalDate(), content);
        }

        private void dialogue(DemoSession session, int k) {
            boolean senderA = random.nextBoolean();
            String topic = one(ClinicalPhrases.DIALOGUE_TOPICS, random);
            RoundRatings first = roundRatings(k);
            RoundRatings second = first.receiver().empathy() != null && random.nextInt(3) > 0 ? roundRatings(k) : null;
            ExerciseKind kind = k > 6 && random.nextInt(4) == 0 ? ExerciseKind.PARENT_CHILD_DIALOGUE
                    : ExerciseKind.COUPLES_DIALOGUE;
            int minutes = (second == null ? 25 : 40) + random.nextInt(30);
            clinic.at(session.end().plusMinutes(7), therapist, "record a dialogue of couple " + couple.number(), () -> {
                UUID sender = senderA ? couple.partnerAId() : couple.partnerBId();
                UUID receiver = senderA ? couple.partnerBId() : couple.partnerAId();
                List<DialogueRound> rounds = new ArrayList<>();
                rounds.add(new DialogueRound(sender, receiver, first.sender(), first.receiver()));
                if (second != null) {
                    rounds.add(new DialogueRound(receiver, sender, second.sender(), second.receiver()));
                }
                records.record(couple.coupleId(), record(null, session, new Dialogue(kind, topic, rounds, minutes, null)));
            });
        }

        /** Ratings that grow with the couple's skill at their k-th session; the receiver's later steps come with skill. */
        private RoundRatings roundRatings(int k) {
            double skill = Math.min(1, Math.max(0, trajectory.skillAt(k) + (random.nextDouble() - 0.5) * 0.2));
            Integer mirroring = rating(skill);
            Integer summary = skill > 0.3 ? rating(skill - 0.1) : null;
            Integer validation = summary != null && skill > 0.45 ? rating(skill - 0.15) : null;
            Integer empathy = validation != null && skill > 0.6 ? rating(skill - 0.2) : null;
            SenderRatings sender = new SenderRatings(rating(skill + 0.1), rating(skill), rating(skill + 0.2));
            return new RoundRatings(sender, new ReceiverRatings(mirroring, summary, validation, empathy));
        }

        private record RoundRatings(SenderRatings sender, ReceiverRatings receiver) {
        }

        /** A partner's exits: a hard one for some, two soft ones; one of them already closing. */
        private Exits exits(boolean withHard) {
            List<Exits.Exit> exits = new ArrayList<>();
            if (withHard && random.nextInt(3) == 0) {
                exits.add(new Exits.Exit(one(ClinicalPhrases.HARD_EXITS, random), Exits.Kind.HARD, Exits.Status.CLOSING));
            }
            List<String> soft = some(ClinicalPhrases.SOFT_EXITS, 2, random);
            exits.add(new Exits.Exit(soft.get(0), Exits.Kind.SOFT, Exits.Status.OPEN));
            exits.add(new Exits.Exit(soft.get(1), Exits.Kind.SOFT, Exits.Status.CLOSING));
            return new Exits(exits);
        }

        /** The same exits four sessions on, the last one closed that day. */
        private static Exits firstClosed(Exits exits) {
            List<Exits.Exit> revised = new ArrayList<>(exits.exits());
            Exits.Exit last = revised.removeLast();
            revised.add(new Exits.Exit(last.description(), last.kind(), Exits.Status.CLOSED));
            return new Exits(revised);
        }

        private Integer rating(double skill) {
            return (int) Math.max(1, Math.min(5, Math.round(1 + 4 * skill + (random.nextDouble() - 0.5))));
        }

        private ImagoProfile profile() {
            List<ImagoProfile.Caregiver> caregivers = new ArrayList<>();
            for (String label : some(ClinicalPhrases.CAREGIVERS.subList(0, 2), 1 + random.nextInt(2), random)) {
                caregivers.add(new ImagoProfile.Caregiver(label,
                        traits(some(ClinicalPhrases.CAREGIVER_POSITIVE, 2, random)),
                        traits(some(ClinicalPhrases.CAREGIVER_NEGATIVE, 2, random))));
            }
            return new ImagoProfile(caregivers, one(ClinicalPhrases.WANTED_MOST, random),
                    one(ClinicalPhrases.FEELINGS, random), one(ClinicalPhrases.REACTIONS, random),
                    some(ClinicalPhrases.PARTNER_POSITIVE, 3, random), some(ClinicalPhrases.PARTNER_NEGATIVE, 2, random),
                    random.nextBoolean() ? ImagoProfile.StressTendency.MINIMISER : ImagoProfile.StressTendency.MAXIMISER,
                    null);
        }

        private List<ImagoProfile.Trait> traits(List<String> words) {
            List<ImagoProfile.Trait> traits = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                traits.add(new ImagoProfile.Trait(words.get(i), i == 0));
            }
            return traits;
        }

        private RelationshipVision vision() {
            List<RelationshipVision.Statement> statements = new ArrayList<>();
            for (String text : some(ClinicalPhrases.VISION, 4 + random.nextInt(3), random)) {
                statements.add(new RelationshipVision.Statement(text, 1 + random.nextInt(3), random.nextInt(3) == 0));
            }
            return new RelationshipVision(statements);
        }

        private CaringBehaviours caring() {
            return new CaringBehaviours(behaviours(ClinicalPhrases.CARING_NOW), behaviours(ClinicalPhrases.CARING_PAST),
                    behaviours(ClinicalPhrases.CARING_NEVER_ASKED));
        }

        private List<CaringBehaviours.Behaviour> behaviours(List<String> phrases) {
            return some(phrases, 2 + random.nextInt(2), random).stream()
                    .map(text -> new CaringBehaviours.Behaviour(text, 2 + random.nextInt(4))).toList();
        }

        /** Made when recorded: it names the partners, whose ids are known once the couple is registered. */
        private Supplier<ImagoContent> appreciations() {
            List<String> said = some(ClinicalPhrases.APPRECIATIONS, 2 + random.nextInt(3), random);
            List<Boolean> fromA = said.stream().map(text -> random.nextBoolean()).toList();
            return () -> {
                List<Appreciations.Appreciation> list = new ArrayList<>();
                for (int i = 0; i < said.size(); i++) {
                    list.add(new Appreciations.Appreciation(fromA.get(i) ? couple.partnerAId() : couple.partnerBId(),
                            said.get(i)));
                }
                return new Appreciations(list);
            };
        }

        /**
         * The follow-up the request's schedule asks for after the latest one (every {@link #FOLLOW_UP_EVERY_DAYS}
         * days and on the time limit), null once the follow-up on the time limit is recorded; the therapist
         * follows up at the first session on or after it.
         */
        private static @Nullable LocalDate nextFollowUp(LocalDate madeOn, @Nullable LocalDate followedUp) {
            LocalDate endsOn = madeOn.plusDays(REQUEST_WEEKS * 7L);
            LocalDate after = followedUp == null ? madeOn : followedUp;
            if (!after.isBefore(endsOn)) {
                return null;
            }
            long periods = ChronoUnit.DAYS.between(madeOn, after) / FOLLOW_UP_EVERY_DAYS + 1;
            LocalDate next = madeOn.plusDays(periods * FOLLOW_UP_EVERY_DAYS);
            return next.isBefore(endsOn) ? next : endsOn;
        }

        private void behaviourChangeRequest(DemoSession session, boolean askingA, LocalDate madeOn) {
            ClinicalPhrases.Request phrases = any(ClinicalPhrases.REQUESTS, random);
            List<BehaviourChangeRequest.Request> requests = phrases.requests().stream()
                    .map(text -> new BehaviourChangeRequest.Request(text, 3 + random.nextInt(3), 1 + random.nextInt(4),
                            false)).toList();
            int chosen = 1 + random.nextInt(3);
            clinic.at(session.end().plusMinutes(8), therapist, "record a behaviour change request of couple "
                    + couple.number(), () -> {
                UUID asking = askingA ? couple.partnerAId() : couple.partnerBId();
                request.set(records.record(couple.coupleId(), record(asking, session, new BehaviourChangeRequest(asking,
                        phrases.frustration(), phrases.feeling(), phrases.desire(), phrases.childhoodLink(), requests,
                        chosen, madeOn.plusDays(REQUEST_WEEKS * 7L), FOLLOW_UP_EVERY_DAYS))).id());
            });
        }

        private void followUp(DemoSession session, int nth) {
            FollowUpOutcome outcome = switch (trajectory.kind()) {
                case IMPROVING -> nth == 1 && random.nextBoolean() ? FollowUpOutcome.PARTLY_KEPT : FollowUpOutcome.KEPT;
                case DISCORDANT, NOT_IMPROVING -> random.nextBoolean() ? FollowUpOutcome.PARTLY_KEPT
                        : FollowUpOutcome.NOT_KEPT;
                case DETERIORATING -> FollowUpOutcome.NOT_KEPT;
            };
            String note = switch (outcome) {
                case KEPT -> "Kept it every time; the asking partner felt seen.";
                case PARTLY_KEPT -> "Kept it about half the time; busy weeks got in the way.";
                case NOT_KEPT -> "Not kept; we explored what made it hard to give.";
            };
            LocalDate on = session.start().toLocalDate();
            clinic.at(session.end().plusMinutes(9), therapist, "follow up the request of couple " + couple.number(),
                    () -> records.followUp(couple.coupleId(), request.get(), new NewFollowUp(outcome, on, note, null)));
        }
    }
}
