package org.imagoclinic.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.imagoclinic.clients.ConfidentialityPolicy;
import org.imagoclinic.clients.CoupleRegistration;
import org.imagoclinic.clients.NewPartner;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.clients.Relationship;
import org.imagoclinic.clients.RelationshipStatus;
import org.imagoclinic.clients.TestCouples;
import org.junit.jupiter.api.Test;

/** What registration input must satisfy, and how each problem is named and explained. */
class RegistrationRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aCompleteRegistrationHasNoProblems() {
        assertThat(RegistrationRules.registrationProblems(TestCouples.registration(), TODAY)).isEmpty();
    }

    @Test
    void aMissingPartnerIsNamed() {
        CoupleRegistration registration = TestCouples.registration();
        var withoutB = new CoupleRegistration(registration.partnerA(), null, registration.relationship(),
                registration.intake(), registration.consents(), null, null, null);

        assertThat(RegistrationRules.registrationProblems(withoutB, TODAY))
                .containsOnlyKeys("partnerB")
                .containsValue("Both partners are needed: a couple has two. Enter this partner's details.");
    }

    @Test
    void aDateOfBirthInTheFutureIsRefused() {
        PartnerDetails unborn = TestCouples.partner("Robin", "Frost", TODAY.plusDays(1));

        assertThat(RegistrationRules.partnerProblems("partnerA", unborn, TODAY))
                .containsEntry("partnerA.dateOfBirth", "The date of birth can't be in the future.");
    }

    @Test
    void anEmailThatIsNotOneIsRefusedButAPhoneAloneIsEnough() {
        PartnerDetails details = TestCouples.partner("Robin", "Frost", LocalDate.of(1990, 1, 1));
        PartnerDetails badEmail = new PartnerDetails("Robin", "Frost", null, null, details.dateOfBirth(),
                "robin at example", null, null, null);
        PartnerDetails phoneOnly = new PartnerDetails("Robin", "Frost", null, null, details.dateOfBirth(),
                null, "07700 900123", null, null);
        PartnerDetails unreachable = new PartnerDetails("Robin", "Frost", null, null, details.dateOfBirth(),
                " ", null, null, null);

        assertThat(RegistrationRules.partnerProblems("p", badEmail, TODAY))
                .containsOnlyKeys("p.email").containsValue("This is not an email address; it looks like name@example.org.");
        assertThat(RegistrationRules.partnerProblems("p", phoneOnly, TODAY)).isEmpty();
        assertThat(RegistrationRules.partnerProblems("p", unreachable, TODAY)).containsOnlyKeys("p.email");
    }

    @Test
    void aPhoneNumberThatIsNotOneIsRefusedByItsField() {
        LocalDate born = LocalDate.of(1990, 1, 1);
        for (String notAPhone : List.of("call me after six", "12345", "+44 20 7946 0000 ext. 12")) {
            PartnerDetails details = new PartnerDetails("Robin", "Frost", null, null, born, "robin@example.org", notAPhone,
                    null, null);
            assertThat(RegistrationRules.partnerProblems("partnerB", details, TODAY)).as(notAPhone)
                    .containsOnlyKeys("partnerB.phone")
                    .containsValue("This is not a phone number: use digits, spaces and an optional leading +.");
        }
        PartnerDetails international = new PartnerDetails("Robin", "Frost", null, null, born, null, "+44 (0)20 7946-0000",
                null, null);
        assertThat(RegistrationRules.partnerProblems("partnerB", international, TODAY)).isEmpty();
    }

    @Test
    void theSamePersonListedTwiceIsRefusedOnPartnerB() {
        PartnerDetails alex = TestCouples.partner("Alex", "Frost", LocalDate.of(1985, 3, 14));
        PartnerDetails alexAgain = new PartnerDetails("ALEX", "frost ", null, null, alex.dateOfBirth(),
                "other@example.org", null, null, null);
        var twice = new CoupleRegistration(NewPartner.of(alex), NewPartner.of(alexAgain), TestCouples.relationship(),
                null, List.of(), null, null, null);

        assertThat(RegistrationRules.registrationProblems(twice, TODAY)).containsOnlyKeys("partnerB")
                .hasEntrySatisfying("partnerB", message -> assertThat(message).contains("listed twice"));
    }

    @Test
    void everyProblemIsNamedAtOnceWithTheFieldsPathInTheRequest() {
        PartnerDetails nameless = new PartnerDetails(" ", "Frost", null, null, TODAY.plusYears(1), "nope", null, null,
                new PartnerDetails.EmergencyContact("Jo Frost", " ", "sister"));
        var registration = new CoupleRegistration(NewPartner.of(nameless), NewPartner.of(TestCouples.partner("Sam",
                "Frost", LocalDate.of(1980, 1, 1))), new Relationship(null, YearMonth.from(TODAY).plusMonths(2), 1,
                List.of(3, 5), null, ConfidentialityPolicy.NO_SECRETS), null, List.of(), null, null, null);

        assertThat(RegistrationRules.registrationProblems(registration, TODAY)).containsOnlyKeys(
                "partnerA.details.firstName", "partnerA.details.dateOfBirth", "partnerA.details.email",
                "partnerA.details.emergencyContact.phone", "relationship.status", "relationship.togetherSince",
                "relationship.childrenAges");
    }

    @Test
    void aCoTherapistNeedsAPrimaryTherapistWhoIsSomeoneElse() {
        CoupleRegistration base = TestCouples.registration();
        var sameTwice = new CoupleRegistration(base.partnerA(), base.partnerB(), base.relationship(), base.intake(),
                base.consents(), java.util.UUID.fromString("00000000-0000-0000-0000-000000000001"),
                java.util.UUID.fromString("00000000-0000-0000-0000-000000000001"), null);

        assertThat(RegistrationRules.registrationProblems(sameTwice, TODAY)).containsOnlyKeys("coTherapistId");
        assertThat(new Relationship(RelationshipStatus.DATING, null, null, null, null, ConfidentialityPolicy.NO_SECRETS)
                .childrenAges()).isEmpty();
    }
}
