package org.imagoclinic.assessments.internal.imago;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.imagoclinic.assessments.Appreciations;
import org.imagoclinic.assessments.Exits;
import org.imagoclinic.assessments.Exits.Exit;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.NewImagoRecord;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Screen;
import org.imagoclinic.clients.ScreeningFlag;
import org.imagoclinic.clients.ScreeningHistory;
import org.imagoclinic.clients.ScreeningStatus;
import org.imagoclinic.clients.Screenings;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.BusinessRuleException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Imago work waits for both partners' screens, and a hard exit that describes harm raises the crisis flag. */
@ClinicIntegrationTest
class ScreeningGateTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ImagoRecords records;
    @Autowired
    Screenings screenings;

    TestStaff therapist;

    @BeforeEach
    void therapist() {
        therapist = TestAccounts.staff(context, "gate", Roles.THERAPIST);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void imagoWorkWaitsUntilBothPartnersAreScreened() {
        Couple couple = TestCouples.unscreenedCaredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());
        NewImagoRecord<Appreciations> appreciation = NewImagoRecord.of(null, new Appreciations(List.of(
                new Appreciations.Appreciation(couple.partnerA().personId(), "You made me tea this morning."))));

        assertThatThrownBy(() -> records.record(couple.id(), appreciation))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("screened both partners");
        assertThat(records.list(couple.id(), ImagoRecordKind.APPRECIATIONS, null)).isEmpty();

        TestCouples.screenedClear(context, couple.id(), therapist.staffId());
        assertThat(records.record(couple.id(), appreciation).kind()).isEqualTo(ImagoRecordKind.APPRECIATIONS);
    }

    @Test
    void aHardExitThatDescribesHarmHoldsTheCoupleForADecisionOnce() {
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());
        Exit threat = new Exit("Says she would rather hurt herself than stay", Exits.Kind.HARD, Exits.Status.OPEN, null,
                true);
        Exit lateNights = new Exit("Works late every night", Exits.Kind.SOFT, Exits.Status.CLOSED, null, false);

        ImagoRecord exits = records.record(couple.id(), NewImagoRecord.of(couple.partnerB().personId(),
                new Exits(List.of(threat, lateNights))));

        ScreeningHistory history = screenings.historyOf(couple.id());
        assertThat(history.status()).isEqualTo(ScreeningStatus.REVIEW_PENDING);
        Screen raised = history.screens().getFirst();
        assertThat(raised.partnerId()).isEqualTo(couple.partnerB().personId());
        assertThat(raised.currentFlags()).containsExactly(ScreeningFlag.ACUTE_CRISIS);
        assertThat(raised.raisedByRecord()).contains("hard exit").contains(threat.description());
        assertThat(((Exits) exits.content()).exits().get(1).closedOn()).as("closed on the record's day")
                .isEqualTo(LocalDate.now(TestClinicClock.clinic()));
        assertThatThrownBy(() -> records.record(couple.id(), NewImagoRecord.of(couple.partnerB().personId(),
                new Exits(List.of(threat)))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("decision");
        assertThat(screenings.historyOf(couple.id()).screens()).hasSize(history.screens().size());
    }

    @Test
    void onlyAHardExitDescribesHarmAndOnlyAClosedOneHasAClosingDay() {
        Couple couple = TestCouples.caredForBy(context, therapist.staffId());
        TestAccounts.signIn(context, therapist.username());
        Exit soft = new Exit("Scrolls the phone all evening", Exits.Kind.SOFT, Exits.Status.OPEN,
                LocalDate.now(TestClinicClock.clinic()), true);

        assertThatThrownBy(() -> records.record(couple.id(), NewImagoRecord.of(couple.partnerA().personId(),
                new Exits(List.of(soft)))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsKeys("content.exits[0].describesHarm", "content.exits[0].closedOn"));
        assertThat(screenings.historyOf(couple.id()).status()).isEqualTo(ScreeningStatus.CLEAR);
        assertThat(records.list(couple.id(), ImagoRecordKind.EXITS, null)).isEmpty();
    }
}
