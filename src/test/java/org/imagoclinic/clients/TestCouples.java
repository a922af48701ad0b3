package org.imagoclinic.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Couples for tests, registered through the real API with names of their own (ADR 0005: never
 * assume empty tables).
 */
public final class TestCouples {

    private TestCouples() {
    }

    /**
     * A last name no other test uses, e.g. "Quenabosiv": ten letters, 10^10 of them, so that the
     * suite's few thousand partners (all "Alex" born on one day) never meet a namesake the duplicate
     * check would stop (seven letters collided in about one run in twenty).
     */
    public static String uniqueName() {
        String letters = "bcdfghjklmnpqrstvwxz";
        StringBuilder name = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            name.append(i % 2 == 1 ? "aeiou".charAt(random.nextInt(5)) : letters.charAt(random.nextInt(letters.length())));
        }
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    public static PartnerDetails partner(String firstName, String lastName, LocalDate dateOfBirth) {
        return new PartnerDetails(firstName, lastName, null, "they/them", dateOfBirth,
                (firstName + "." + lastName + "@example.org").toLowerCase(Locale.ROOT), "+44 20 7946 0000", null, null);
    }

    /** Two new partners with unique last names, the basics of their relationship, no therapist. */
    public static CoupleRegistration registration() {
        return registration(uniqueName(), uniqueName(), null);
    }

    public static CoupleRegistration registration(String lastNameA, String lastNameB, @Nullable UUID therapistId) {
        return new CoupleRegistration(
                NewPartner.of(partner("Alex", lastNameA, LocalDate.of(1985, 3, 14))),
                NewPartner.of(partner("Sam", lastNameB, LocalDate.of(1987, 9, 2))),
                relationship(),
                new IntakeDetails("We keep having the same argument about chores.", List.of("communication"),
                        LifeStage.COMMUNICATION_BREAKDOWN, null, "To listen to each other again.", false, null),
                List.of(new ConsentEntry(ConsentKind.TREATMENT, PartnerSlot.A, true, null),
                        new ConsentEntry(ConsentKind.TREATMENT, PartnerSlot.B, true, null)),
                therapistId, null, null);
    }

    public static Relationship relationship() {
        return new Relationship(RelationshipStatus.MARRIED, java.time.YearMonth.of(2015, 6), 2, List.of(4, 7),
                "GP", ConfidentialityPolicy.NO_SECRETS);
    }

    /** Partner A's screen, flagging a current concern of intimate-partner violence. */
    public static NewScreen flaggedScreen() {
        return new NewScreen(null, PartnerSlot.A, RiskStatus.CURRENT, RiskStatus.NONE, AffairStatus.NONE, RiskStatus.NONE,
                false, null, false, "Disclosed in the individual screening call.");
    }

    /**
     * A newly registered couple whose open episode (in intake) has this primary therapist, ready for
     * joint work: the front desk registers the couple, opens an episode and assigns the therapist
     * (through a front-desk account of its own), then the therapist screens each partner and finds
     * nothing of concern. Whoever was signed in before is signed in again afterwards.
     */
    public static Couple caredForBy(ApplicationContext context, UUID primaryTherapistId) {
        Couple couple = unscreenedCaredForBy(context, primaryTherapistId);
        screenedClear(context, couple.id(), primaryTherapistId);
        return asFrontDesk(context, () -> context.getBean(Couples.class).get(couple.id()));
    }

    /** Like {@link #caredForBy}, before the therapist has screened the partners: joint work is held. */
    public static Couple unscreenedCaredForBy(ApplicationContext context, UUID primaryTherapistId) {
        return asFrontDesk(context, () -> {
            Couple couple = context.getBean(Couples.class).register(registration());
            EpisodesOfCare episodes = context.getBean(EpisodesOfCare.class);
            episodes.open(couple.id(), new NewEpisode(null, null, null));
            episodes.assignTherapists(couple.id(), new TherapistAssignment(primaryTherapistId, null, null));
            return context.getBean(Couples.class).get(couple.id());
        });
    }

    /** The therapist on the couple's care team screens each partner and finds nothing of concern. */
    public static void screenedClear(ApplicationContext context, UUID coupleId, UUID therapistStaffId) {
        TestAccounts.asStaff(context, therapistStaffId, () -> {
            Screenings screenings = context.getBean(Screenings.class);
            screenings.record(coupleId, NewScreen.nothingOfConcern(null, PartnerSlot.A));
            screenings.record(coupleId, NewScreen.nothingOfConcern(null, PartnerSlot.B));
            return null;
        });
    }

    /** Runs something as a front-desk account of its own, then restores who was signed in. */
    public static <T> T asFrontDesk(ApplicationContext context, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        TestAccounts.signIn(context, TestAccounts.staff(context, "desk", Roles.FRONT_DESK).username());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
