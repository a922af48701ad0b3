package org.imagoclinic.demo.internal;

import static org.imagoclinic.demo.internal.ClinicalPhrases.one;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.imagoclinic.demo.CarePath;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoClinicStep;
import org.imagoclinic.demo.DemoCouple;
import org.imagoclinic.demo.DemoSession;
import org.imagoclinic.portal.HomePractice;
import org.imagoclinic.portal.PortalAccounts;
import org.imagoclinic.portal.PracticeEntry.GiftKept;
import org.imagoclinic.portal.PracticeEntry.TemperatureReadingParts;
import org.imagoclinic.portal.seeding.PartnerSeeding;
import org.imagoclinic.security.Roles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The partners' portal in the demo clinic: a few couples in joint work (Dr Lee's first) are invited to
 * the portal by the front desk a month ago, and each partner logs home practice most evenings since, as
 * themselves through the portal's API: temperature readings, caring behaviours from their partner's list,
 * appreciations, the behaviour change they give (once the request is made) and dialogue minutes. One
 * couple stopped practising twelve days ago, so their therapist's home page names them. The first couple's
 * partners get the README's password ({@link DemoSignIns#DEMO_PASSWORD}) for the portal's sign-in page.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "imago.demo.clinic.enabled", havingValue = "true") // as the portal's seeding it uses
class HomePracticeStep implements DemoClinicStep {

    /** How many couples use the portal. */
    static final int COUPLES = 4;
    /** How long ago they were invited. */
    static final int PRACTICE_DAYS = 30;
    /** How long ago the couple that stopped practising logged last: more than the home page's seven days. */
    static final int STOPPED_DAYS_AGO = 12;
    /** Joint sessions held before a couple is asked to practise at home: they have their lists by then. */
    private static final int SESSIONS_BEFORE = 4;

    private static final Logger log = LoggerFactory.getLogger(HomePracticeStep.class);

    private final PortalAccounts accounts;
    private final HomePractice practice;
    private final PartnerSeeding seeding;

    HomePracticeStep(PortalAccounts accounts, HomePractice practice, PartnerSeeding seeding) {
        this.accounts = accounts;
        this.practice = practice;
        this.seeding = seeding;
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public void plan(DemoClinic clinic) {
        LocalDate from = clinic.today().minusDays(PRACTICE_DAYS);
        List<DemoCouple> chosen = practising(clinic, from);
        String frontDesk = clinic.staffWith(Roles.FRONT_DESK).getFirst().username();
        for (int i = 0; i < chosen.size(); i++) {
            DemoCouple couple = chosen.get(i);
            clinic.at(from.minusDays(1).atTime(11, 10 + i), frontDesk, "invite couple " + couple.number()
                    + " to the portal", () -> {
                accounts.invite(couple.coupleId(), couple.partnerAId());
                accounts.invite(couple.coupleId(), couple.partnerBId());
            });
            LocalDate until = i == 1 ? clinic.today().minusDays(STOPPED_DAYS_AGO) : clinic.today().minusDays(1);
            planPartner(clinic, couple, true, from, until);
            planPartner(clinic, couple, false, from, until);
        }
        if (!chosen.isEmpty()) {
            DemoCouple first = chosen.getFirst();
            clinic.at(from.minusDays(1).atTime(11, 30), frontDesk, "give couple " + first.number()
                    + " the README's portal password", () -> {
                String a = seeding.knownPassword(first.coupleId(), first.partnerAId(), DemoSignIns.DEMO_PASSWORD);
                String b = seeding.knownPassword(first.coupleId(), first.partnerBId(), DemoSignIns.DEMO_PASSWORD);
                log.info("Demo clinic: the demo partners {} ({}) and {} ({}) sign in at /portal/signin with the "
                        + "password '{}'", first.firstNameA(), a, first.firstNameB(), b, DemoSignIns.DEMO_PASSWORD);
            });
        }
    }

    /**
     * Couples in joint work whose caring behaviours were listed before the month began and whose partners
     * have their own addresses, Dr Lee's first (so the README's demo partners and the couple that stopped
     * are on his caseload), by number.
     */
    static List<DemoCouple> practising(DemoClinic clinic, LocalDate from) {
        return clinic.couples().stream()
                .filter(couple -> couple.path() == CarePath.ACTIVE && couple.therapist() != null)
                .filter(couple -> couple.number() % 12 != 0) // a safe-contact-only partner: invited elsewhere
                .filter(couple -> {
                    List<DemoSession> held = Trajectory.heldJointSessions(couple);
                    return held.size() > SESSIONS_BEFORE && held.get(SESSIONS_BEFORE - 1).start().toLocalDate().isBefore(from);
                })
                .sorted(Comparator.comparing((DemoCouple couple) -> !couple.therapist().username()
                        .equals(StaffPlanner.EXISTING_THERAPIST)).thenComparing(DemoCouple::number))
                .limit(COUPLES).toList();
    }

    /** One partner's evenings: most days something, now and then nothing; the day before today always. */
    private void planPartner(DemoClinic clinic, DemoCouple couple, boolean partnerA, LocalDate from, LocalDate until) {
        Random random = clinic.random("home practice " + couple.number() + (partnerA ? "A" : "B"));
        double keen = 0.45 + random.nextDouble() * 0.4;
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            boolean last = day.equals(until) && until.equals(clinic.today().minusDays(1));
            if (random.nextDouble() >= keen && !last) {
                continue;
            }
            LocalDate practised = day;
            Evening evening = Evening.drawn(random, day);
            LocalDateTime at = day.atTime(20 + random.nextInt(2), random.nextInt(60));
            clinic.at(at, couple.therapist().username(), "log home practice of a partner of couple " + couple.number(),
                    () -> seeding.asPartner(couple.coupleId(), partnerA ? couple.partnerAId() : couple.partnerBId(),
                            () -> log(evening, practised)));
        }
    }

    /** What one evening's log holds, drawn when planned; the lists it picks from are read when it is logged. */
    private record Evening(@Nullable TemperatureReadingParts reading, List<Integer> caring, @Nullable String appreciation, int gift,
                           GiftKept kept, int dialogueMinutes) {

        static Evening drawn(Random random, LocalDate day) {
            @Nullable TemperatureReadingParts reading = random.nextInt(3) == 0 ? new TemperatureReadingParts(
                    one(HomePracticePhrases.APPRECIATIONS, random),
                    random.nextBoolean() ? one(HomePracticePhrases.NEW_INFORMATION, random) : "",
                    random.nextInt(3) == 0 ? one(HomePracticePhrases.PUZZLES, random) : "",
                    random.nextInt(3) == 0 ? one(HomePracticePhrases.COMPLAINTS, random) : "",
                    random.nextBoolean() ? one(HomePracticePhrases.WISHES, random) : "") : null;
            List<Integer> caring = new ArrayList<>();
            for (int n = random.nextInt(3); n > 0; n--) {
                caring.add(random.nextInt(100));
            }
            @Nullable String appreciation = random.nextInt(3) == 0 ? one(HomePracticePhrases.APPRECIATIONS, random) : null;
            int gift = random.nextInt(3) == 0 ? random.nextInt(100) : -1;
            GiftKept kept = random.nextInt(4) == 0 ? GiftKept.PARTLY_KEPT : GiftKept.KEPT;
            boolean dialogueDay = day.getDayOfWeek() == DayOfWeek.SUNDAY || day.getDayOfWeek() == DayOfWeek.WEDNESDAY;
            int minutes = dialogueDay && random.nextInt(4) > 0 ? 10 + 5 * random.nextInt(6) : 0;
            return new Evening(reading, caring, appreciation, gift, kept, minutes);
        }
    }

    private void log(Evening evening, LocalDate day) {
        HomePractice.Choices choices = practice.choices();
        boolean logged = false;
        if (evening.reading() != null) {
            practice.logTemperatureReading(day, evening.reading());
            logged = true;
        }
        if (!evening.caring().isEmpty() && !choices.caringBehaviours().isEmpty()) {
            List<String> list = choices.caringBehaviours();
            practice.logCaringBehaviours(day, evening.caring().stream().map(k -> list.get(k % list.size())).distinct().toList());
            logged = true;
        }
        if (evening.appreciation() != null) {
            practice.logAppreciation(day, evening.appreciation());
            logged = true;
        }
        if (evening.gift() >= 0 && !choices.gifts().isEmpty()) {
            practice.logGift(day, choices.gifts().get(evening.gift() % choices.gifts().size()), evening.kept());
            logged = true;
        }
        if (evening.dialogueMinutes() > 0 || !logged) {
            practice.logDialogue(day, evening.dialogueMinutes() > 0 ? evening.dialogueMinutes() : 15);
        }
    }
}
