package org.imagoclinic.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.BehaviourChangeRequest.Request;
import org.imagoclinic.assessments.CaringBehaviours;
import org.imagoclinic.assessments.CaringBehaviours.Behaviour;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.NewImagoRecord;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.portal.HomePractice;
import org.imagoclinic.portal.HomePracticeLogged;
import org.imagoclinic.portal.PracticeEntry;
import org.imagoclinic.portal.PracticeEntry.GiftKept;
import org.imagoclinic.portal.PracticeEntry.Kind;
import org.imagoclinic.portal.PracticeEntry.TemperatureReadingParts;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Both partners of one couple log their home practice at once; each reads back only their own, gives only
 * from their partner's lists, and the couple's therapist reads both by week and sees who stopped
 * practising. Bad input saves nothing.
 */
@ClinicIntegrationTest
@RecordApplicationEvents
class HomePracticeTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    HomePractice practice;
    @Autowired
    ApplicationEvents events;

    TestClinic clinic;
    TestStaff lee;
    Couple couple;
    Authentication alex;
    Authentication sam;
    LocalDate today;

    @BeforeEach
    void aCoupleWhoseTherapistRecordedSamsCaringBehavioursAndSamsRequestAlexGives() {
        clinic = new TestClinic(context);
        lee = clinic.therapist();
        couple = clinic.couple(lee.staffId());
        clinic.as(lee.username(), () -> {
            ImagoRecords records = context.getBean(ImagoRecords.class);
            records.record(couple.id(), NewImagoRecord.of(couple.partnerB().personId(), new CaringBehaviours(
                    List.of(new Behaviour("Bring me tea in the morning", 3)), List.of(new Behaviour("Hold my hand", 5)),
                    List.of())));
            return records.record(couple.id(), NewImagoRecord.of(null, new BehaviourChangeRequest(couple.partnerB().personId(),
                    "You are late for dinner", "unimportant", "to feel I matter", null, List.of(
                    new Request("Text me by five if you will be late, every weekday for two weeks", 5, 2, false),
                    new Request("Eat with me on Tuesdays and Thursdays this month", 4, 3, false),
                    new Request("Plan one dinner out with me before the end of the month", 3, 2, false)), 2)));
        });
        alex = TestPartners.signedIn(context, couple, couple.partnerA());
        sam = TestPartners.signedIn(context, couple, couple.partnerB());
        today = LocalDate.now(TestClinicClock.clinic());
    }

    @AfterEach
    void nobodySignedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void eachPartnerLogsAndReadsOnlyTheirOwnPracticeAndTheTherapistReadsBothByWeek() {
        as(alex);
        assertThat(practice.choices().caringBehaviours()).containsExactly("Hold my hand", "Bring me tea in the morning");
        assertThat(practice.choices().gifts()).containsExactly("Eat with me on Tuesdays and Thursdays this month");
        practice.logTemperatureReading(today, new TemperatureReadingParts("You cooked for us", "", "",
                "The dishes stay in the sink; please wash up after dinner", "A weekend away"));
        practice.logCaringBehaviours(today, List.of("Hold my hand"));
        practice.logGift(today.minusDays(1), "Eat with me on Tuesdays and Thursdays this month", GiftKept.PARTLY_KEPT);
        as(sam);
        assertThat(practice.choices().caringBehaviours()).as("Alex recorded no list").isEmpty();
        assertThat(practice.choices().gifts()).isEmpty();
        practice.logDialogue(today, 20);
        practice.logAppreciation(today, "Thank you for listening without interrupting");

        assertThat(practice.mine(today.minusDays(7), today)).extracting(PracticeEntry::kind)
                .containsExactlyInAnyOrder(Kind.DIALOGUE, Kind.APPRECIATION);
        as(alex);
        assertThat(practice.mine(today.minusDays(7), today)).extracting(PracticeEntry::summary)
                .noneMatch(line -> line.contains("listening without interrupting"))
                .anyMatch(line -> line.startsWith("Temperature reading: Appreciations: You cooked for us · Complaints"));

        LocalDate monday = today.with(java.time.DayOfWeek.MONDAY);
        List<PracticeEntry> week = clinic.as(lee.username(), () -> practice.ofCoupleInWeek(couple.id(), monday));
        assertThat(week).hasSize(4).extracting(PracticeEntry::personId)
                .containsOnly(couple.partnerA().personId(), couple.partnerB().personId());
        assertThatThrownBy(() -> clinic.as("frontdesk", () -> practice.ofCoupleInWeek(couple.id(), monday)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.ofCoupleInWeek(couple.id(), monday)).as("a partner is no clinician")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(events.stream(HomePracticeLogged.class).filter(logged -> logged.coupleId().equals(couple.id())))
                .as("one event per entry, the facts only").hasSize(5)
                .anySatisfy(logged -> assertThat(logged.minutes()).isEqualTo(20))
                .anySatisfy(logged -> assertThat(logged.day()).isEqualTo(today.minusDays(1)));

        // both logged today; a week and a day later only Sam has logged again
        PortalAccountRepository accounts = context.getBean(PortalAccountRepository.class);
        accounts.ofCouple(couple.id()).forEach(account -> accounts.signedIn(account.id(), TestClinicClock.current()));
        assertThat(clinic.as(lee.username(), () -> practice.stoppedPractising(couple.id()))).isEmpty();

        Instant before = TestClinicClock.current();
        TestClinicClock.advance(Duration.ofDays(HomePractice.DEFAULT_QUIET_DAYS + 1));
        try {
            LocalDate later = LocalDate.now(TestClinicClock.clinic());
            as(sam);
            practice.logAppreciation(later, "Thank you for cooking");
            SecurityContextHolder.clearContext();

            assertThat(clinic.as(lee.username(), () -> practice.stoppedPractising(couple.id()))).singleElement()
                    .isEqualTo(new HomePractice.StoppedPractising(couple.partnerA().personId(), today,
                            HomePractice.DEFAULT_QUIET_DAYS + 1));
            assertThat(clinic.as(lee.username(), practice::stoppedPractisingInMyCaseload)).as("Lee's home page")
                    .singleElement().satisfies(quiet -> assertThat(quiet.coupleId()).isEqualTo(couple.id()));
        } finally {
            TestClinicClock.setTo(before); // the other tests here start on the clinic's Monday
        }
        assertThatThrownBy(() -> clinic.as("frontdesk", () -> practice.stoppedPractising(couple.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedPerFieldAndSavesNothing() {
        as(alex);
        assertThatThrownBy(() -> practice.logTemperatureReading(today.plusDays(1),
                new TemperatureReadingParts(" ", "", "", "", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors())
                        .containsKeys("day", "appreciations"));
        assertThatThrownBy(() -> practice.logCaringBehaviours(today, List.of("Hold my hand", "Something Sam never listed")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors()).containsKey("given"));
        assertThatThrownBy(() -> practice.logGift(today, "Buy me a car", GiftKept.KEPT))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors()).containsKey("request"));
        assertThatThrownBy(() -> practice.logDialogue(today, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.fieldErrors()).containsKey("minutes"));
        assertThat(practice.mine(today.minusDays(7), today)).isEmpty();
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> practice.logDialogue(today, 10)).isInstanceOf(AccessDeniedException.class);
    }

    private static void as(Authentication partner) {
        SecurityContextHolder.getContext().setAuthentication(partner);
    }
}
