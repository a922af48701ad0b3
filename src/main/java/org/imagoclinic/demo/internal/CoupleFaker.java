package org.imagoclinic.demo.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.ConsentEntry;
import org.imagoclinic.clients.ConsentKind;
import org.imagoclinic.clients.CoupleRegistration;
import org.imagoclinic.clients.IntakeDetails;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.clients.NewPartner;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.Relationship;
import org.imagoclinic.clients.RelationshipStatus;

/**
 * Who a demo couple is, from the seed: two partners (mostly mixed-sex, some same-sex), ages, children
 * and relationship that fit the life stage that brought them, what they say at intake, consents.
 */
final class CoupleFaker {

    /** Life stages with how often they bring couples (communication breakdown the most common). */
    private static final List<LifeStage> STAGES = List.of(
            LifeStage.COMMUNICATION_BREAKDOWN, LifeStage.COMMUNICATION_BREAKDOWN, LifeStage.COMMUNICATION_BREAKDOWN,
            LifeStage.COMMUNICATION_BREAKDOWN, LifeStage.EARLY_RELATIONSHIP, LifeStage.EARLY_RELATIONSHIP,
            LifeStage.TRANSITION_BABY, LifeStage.TRANSITION_BABY, LifeStage.TRANSITION_MARRIAGE,
            LifeStage.TRANSITION_EMPTY_NEST, LifeStage.TRANSITION_MOVE, LifeStage.TRANSITION_JOB,
            LifeStage.AFTER_AFFAIR, LifeStage.AFTER_AFFAIR, LifeStage.AFTER_LOSS, LifeStage.AFTER_ILLNESS);
    private static final List<String> REFERRALS = List.of("GP", "A friend", "Website", "Previous client",
            "Individual therapist", "Getting the Love You Want workshop", "Employee assistance programme");

    private final Faker faker;
    private final Random random;
    private final LocalDate today;

    CoupleFaker(Faker faker, Random random, LocalDate today) {
        this.faker = faker;
        this.random = random;
        this.today = today;
    }

    CoupleRegistration couple(int number, LifeStage stage, boolean telehealth) {
        int age = switch (stage) {
            case EARLY_RELATIONSHIP -> 24 + random.nextInt(10);
            case TRANSITION_BABY, TRANSITION_MARRIAGE -> 28 + random.nextInt(10);
            case TRANSITION_EMPTY_NEST -> 48 + random.nextInt(12);
            default -> 30 + random.nextInt(26);
        };
        boolean sameSex = random.nextInt(8) == 0;
        boolean firstIsWoman = random.nextBoolean();
        PartnerDetails a = partner(number, firstIsWoman, age);
        PartnerDetails b = partner(number, sameSex == firstIsWoman, age - 3 + random.nextInt(7));
        List<ConsentEntry> consents = new ArrayList<>();
        for (PartnerSlot slot : PartnerSlot.values()) {
            consents.add(new ConsentEntry(ConsentKind.TREATMENT, slot, true, null));
            consents.add(new ConsentEntry(ConsentKind.CONFIDENTIALITY_POLICY, slot, true, null));
            if (telehealth) {
                consents.add(new ConsentEntry(ConsentKind.TELEHEALTH, slot, true, null));
            }
        }
        return new CoupleRegistration(NewPartner.of(a).confirmedAsNewPerson(), NewPartner.of(b).confirmedAsNewPerson(),
                relationship(stage, age), intake(stage), consents, null, null, null);
    }

    LifeStage stage() {
        return STAGES.get(random.nextInt(STAGES.size()));
    }

    private PartnerDetails partner(int number, boolean woman, int age) {
        String first = woman ? faker.name().femaleFirstName() : faker.name().malefirstName();
        String last = faker.name().lastName();
        String pronouns = random.nextInt(25) == 0 ? "they/them" : woman ? "she/her" : "he/him";
        LocalDate born = today.minusYears(age).minusDays(random.nextInt(365));
        String email = (StaffPlanner.plain(first) + "." + StaffPlanner.plain(last) + number + "@example.org")
                .toLowerCase(Locale.ROOT);
        return new PartnerDetails(first, last, null, pronouns, born, email,
                "+44 7700 9" + String.format(Locale.ROOT, "%05d", random.nextInt(100000)),
                faker.address().streetAddress() + ", " + faker.address().city(), null);
    }

    private Relationship relationship(LifeStage stage, int age) {
        RelationshipStatus status = switch (stage) {
            case EARLY_RELATIONSHIP -> random.nextBoolean() ? RelationshipStatus.DATING : RelationshipStatus.COHABITING;
            case TRANSITION_MARRIAGE -> RelationshipStatus.ENGAGED;
            case AFTER_AFFAIR -> random.nextInt(4) == 0 ? RelationshipStatus.SEPARATED : RelationshipStatus.MARRIED;
            default -> random.nextInt(5) == 0 ? RelationshipStatus.COHABITING : RelationshipStatus.MARRIED;
        };
        int years = switch (stage) {
            case EARLY_RELATIONSHIP -> 1 + random.nextInt(2);
            case TRANSITION_MARRIAGE, TRANSITION_BABY -> 2 + random.nextInt(6);
            default -> Math.max(2, Math.min(age - 22, 3 + random.nextInt(25)));
        };
        List<Integer> ages = new ArrayList<>();
        int children = switch (stage) {
            case EARLY_RELATIONSHIP, TRANSITION_MARRIAGE -> 0;
            case TRANSITION_BABY -> 1;
            default -> age < 30 ? 0 : random.nextInt(4);
        };
        for (int i = 0; i < children; i++) {
            ages.add(stage == LifeStage.TRANSITION_BABY ? 0
                    : stage == LifeStage.TRANSITION_EMPTY_NEST ? 18 + random.nextInt(8) : 1 + random.nextInt(Math.min(17, years)));
        }
        return new Relationship(status, YearMonth.from(today.minusYears(years).minusMonths(random.nextInt(12))),
                children, ages, REFERRALS.get(random.nextInt(REFERRALS.size())),
                random.nextInt(5) == 0 ? ConfidentialityPolicy.CONFIDENTIAL_INDIVIDUAL_SESSIONS
                        : ConfidentialityPolicy.NO_SECRETS);
    }

    private IntakeDetails intake(LifeStage stage) {
        String concerns = switch (stage) {
            case COMMUNICATION_BREAKDOWN -> "The same argument keeps coming back; one of us pursues, the other withdraws.";
            case EARLY_RELATIONSHIP -> "We want to build good habits early; conflicts escalate quickly.";
            case TRANSITION_BABY -> "Since the baby arrived we feel like flatmates who argue about sleep.";
            case TRANSITION_MARRIAGE -> "We are getting married and want to understand our recurring fights.";
            case TRANSITION_EMPTY_NEST -> "The children have left and we don't know what we share any more.";
            case TRANSITION_MOVE -> "A move for one partner's work has left the other isolated and resentful.";
            case TRANSITION_JOB -> "A new job with long hours; we hardly talk except about logistics.";
            case AFTER_AFFAIR -> "An affair came to light; we want to find out whether we can rebuild trust.";
            case AFTER_LOSS -> "After a bereavement we grieve so differently that we feel alone together.";
            case AFTER_ILLNESS -> "A serious illness changed our roles; we are both exhausted.";
            case OTHER -> "We want to feel close again.";
        };
        List<String> tags = switch (stage) {
            case AFTER_AFFAIR -> List.of("trust", "affair");
            case TRANSITION_BABY -> List.of("parenting", "intimacy");
            case AFTER_LOSS -> List.of("grief");
            default -> List.of("communication");
        };
        return new IntakeDetails(concerns, tags, stage, null, "To listen to each other and feel safe again.",
                random.nextInt(10) < 3, null);
    }
}
