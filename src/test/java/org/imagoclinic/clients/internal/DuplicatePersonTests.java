package org.imagoclinic.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleRegistration;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.NewPartner;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.PossibleDuplicatePerson;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** A person who comes back with a new partner is linked, not duplicated, after a confirm step. */
@ClinicIntegrationTest
class DuplicatePersonTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Couples couples;
    @Autowired
    JdbcTemplate jdbc;

    String surname;
    Couple first;

    @BeforeEach
    void alexCameWithSamYearsAgo() {
        TestAccounts.signIn(context, "frontdesk");
        surname = TestCouples.uniqueName();
        first = couples.register(TestCouples.registration(surname, TestCouples.uniqueName(), null));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void alexComingBackWithANewPartnerIsRecognisedByNameAndDateOfBirth() {
        PartnerDetails alexAgain = new PartnerDetails("alex", surname.toUpperCase(), null, null,
                LocalDate.of(1985, 3, 14), "alex.new@example.org", null, null, null);

        PossibleDuplicatePerson stopped = catchThrowableOfType(PossibleDuplicatePerson.class,
                () -> couples.register(withPartnerA(NewPartner.of(alexAgain))));

        assertThat(stopped.partner()).isEqualTo(PartnerSlot.A);
        assertThat(stopped.matches()).singleElement().satisfies(match -> {
            assertThat(match.personId()).isEqualTo(first.partnerA().personId());
            assertThat(match.sameName()).isTrue();
            assertThat(match.sameEmail()).isFalse();
            assertThat(match.couples()).containsExactly(first.displayName());
        });
        assertThat(peopleNamed(surname)).isEqualTo(1);
        assertThat(couples.matchingPersons(alexAgain)).hasSize(1);
    }

    @Test
    void theSameEmailAndDateOfBirthUnderAnotherNameIsAMatchTooButAnotherBirthdayIsNot() {
        PartnerDetails renamed = new PartnerDetails("Alexandra", "Married-" + surname, null, null,
                LocalDate.of(1985, 3, 14), first.partnerA().details().email(), null, null, null);
        PartnerDetails namesake = new PartnerDetails("Alex", surname, null, null, LocalDate.of(1990, 1, 1),
                "someone.else@example.org", null, null, null);

        assertThat(couples.matchingPersons(renamed)).singleElement()
                .satisfies(match -> assertThat(match.sameEmail()).isTrue());
        assertThat(couples.matchingPersons(namesake)).isEmpty();
    }

    @Test
    void linkingTheKnownPersonMakesThemAPartnerInBothCouplesWithTheirDetailsUpToDate() {
        PartnerDetails alexNow = new PartnerDetails("Alex", surname, "Al", "he/him", LocalDate.of(1985, 3, 14),
                "alex.now@example.org", "07700 900999", "1 New Street", null);

        Couple second = couples.register(withPartnerA(NewPartner.existing(first.partnerA().personId(), alexNow)));

        assertThat(second.partnerA().personId()).isEqualTo(first.partnerA().personId());
        assertThat(peopleNamed(surname)).isEqualTo(1);
        assertThat(couples.get(first.id()).partnerA().details().phone()).isEqualTo("07700 900999");
        assertThat(couples.matchingPersons(alexNow)).singleElement()
                .satisfies(match -> assertThat(match.couples()).hasSize(2));
    }

    @Test
    void confirmingADifferentPersonRegistersSomeoneNew() {
        PartnerDetails otherAlex = new PartnerDetails("Alex", surname, null, null, LocalDate.of(1985, 3, 14),
                "the.other.alex@example.org", null, null, null);

        Couple second = couples.register(withPartnerA(NewPartner.of(otherAlex).confirmedAsNewPerson()));

        assertThat(second.partnerA().personId()).isNotEqualTo(first.partnerA().personId());
        assertThat(peopleNamed(surname)).isEqualTo(2);
    }

    @Test
    void theSameTwoPeopleAreNotRegisteredAsACoupleTwice() {
        CoupleRegistration again = new CoupleRegistration(
                NewPartner.existing(first.partnerB().personId(), first.partnerB().details()),
                NewPartner.existing(first.partnerA().personId(), first.partnerA().details()),
                TestCouples.relationship(), null, java.util.List.of(), null, null, null);

        assertThatThrownBy(() -> couples.register(again))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already registered as a couple");
    }

    private CoupleRegistration withPartnerA(NewPartner partnerA) {
        CoupleRegistration base = TestCouples.registration();
        return new CoupleRegistration(partnerA, base.partnerB(), base.relationship(), base.intake(), base.consents(),
                null, null, null);
    }

    private int peopleNamed(String lastName) {
        return jdbc.queryForObject("select count(*) from clients.person where lower(last_name) = lower(?)",
                Integer.class, lastName);
    }
}
