package org.imagoclinic.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessagePreferences;
import org.imagoclinic.notifications.MessageStatus;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.imagoclinic.notifications.Outbox;
import org.imagoclinic.notifications.OutboxMessage;
import org.imagoclinic.notifications.OutboxQuery;
import org.imagoclinic.notifications.PartnerPreferences;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.Cancellation;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.ClosureDays;
import org.imagoclinic.scheduling.NewClosureDay;
import org.imagoclinic.scheduling.NewWaitlistEntry;
import org.imagoclinic.scheduling.OfferAnswer;
import org.imagoclinic.scheduling.Priority;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.scheduling.Waitlist;
import org.imagoclinic.scheduling.WaitlistEntry;
import org.imagoclinic.scheduling.WaitlistOffer;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicDefaults;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.imagoclinic.support.TestClinicClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A cancelled session's slot goes to the waiting couples it suits, two at a time in waitlist order
 * (ADR 0046): a no or an offer that ran out passes it on, a yes books it and closes the other offers,
 * and the front desk sees each offer with its answer.
 */
@ClinicIntegrationTest
class WaitlistOffersTests {

    static final RequestPostProcessor FRONT_DESK = httpBasic("frontdesk", ClinicIntegrationTest.DEMO_PASSWORD);

    @Autowired
    ApplicationContext context;
    @Autowired
    Bookings bookings;
    @Autowired
    Waitlist waitlist;
    @Autowired
    WaitlistOffers offers;
    @Autowired
    Outbox outbox;
    @Autowired
    MessagePreferences preferences;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void backToTheClassesStart() {
        TestClinicClock.reset();
    }

    @Test
    void aFreedSlotIsOfferedInWaitlistOrderPassedOnWhenDeclinedOrUnansweredAndClosedForOthersOnceBooked() throws Exception {
        TestClinic clinic = new TestClinic(context);
        TestStaff lee = clinic.therapist();
        Couple cancelling = clinic.couple(lee.staffId());
        List<Couple> waiting = List.of(clinic.couple(lee.staffId()), clinic.couple(lee.staffId()),
                clinic.couple(lee.staffId()), clinic.couple(lee.staffId()), clinic.couple(lee.staffId()),
                clinic.couple(lee.staffId()));
        TestAccounts.signIn(context, "frontdesk");
        LocalDateTime start = TestClinic.mondayIn(2).atTime(10, 0);   // until 11:30
        // each waits for Lee, whom only this test books, so other classes' waiting couples never compete
        UUID first = wait(waiting.get(0), lee, Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), null);
        UUID second = wait(waiting.get(1), lee, Set.of(), null, null);
        wait(waiting.get(2), lee, Set.of(DayOfWeek.TUESDAY), null, null);   // another day
        wait(waiting.get(3), lee, Set.of(), null, LocalTime.of(11, 0));      // must be done by 11:00
        UUID fifth = wait(waiting.get(4), lee, Set.of(), null, null);
        UUID sixth = wait(waiting.get(5), lee, Set.of(), null, null);
        preferences.record(waiting.get(1).id(), new PartnerPreferences(waiting.get(1).partnerA().personId(), true, false,
                Channel.EMAIL, false, null, null));
        Appointment session = bookings.book(BookingRequest.joint(cancelling.id(), lee.staffId(), clinic.room().id(), start))
                .first();

        bookings.cancel(session.id(), Cancellation.byClient("They are moving away"));

        List<WaitlistOffer> offered = awaitOffers(session.id(), 2);
        assertThat(offered).extracting(WaitlistOffer::entryId).containsExactlyInAnyOrder(first, second);
        assertThat(offered).allSatisfy(offer -> {
            assertThat(offer.answer()).isEqualTo(OfferAnswer.OPEN);
            assertThat(offer.start()).isEqualTo(start);
            assertThat(offer.expiresAt()).isEqualTo(offer.offeredAt().plus(Duration.ofHours(24)));
        });
        List<OutboxMessage> toSecond = awaitOfferMessages(waiting.get(1).id(), 2);
        assertThat(toSecond).filteredOn(m -> m.status() == MessageStatus.QUEUED).singleElement()
                .satisfies(m -> assertThat(m.partnerId()).isEqualTo(waiting.get(1).partnerA().personId()));

        TestClinicClock.advance(Duration.ofHours(1));
        mvc.perform(post("/api/waitlist/offers/" + offerTo(session.id(), second).id() + "/decline").with(FRONT_DESK))
                .andExpect(status().isOk()).andExpect(jsonPath("$.answer").value("DECLINED"))
                .andExpect(jsonPath("$.answeredBy").isNotEmpty());
        assertThat(offerTo(session.id(), fifth).answer()).isEqualTo(OfferAnswer.OPEN);
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(offerMessages(waiting.get(1).id())).allSatisfy(m -> assertThat(m.reason())
                        .isIn("no consent to messages", "the offer closed: said no")));

        TestClinicClock.advance(Duration.ofHours(23).plusMinutes(1));
        // other classes' offers still open in the shared database run out on the same day
        assertThat(offers.closeRunOut()).as("offers that ran out").isPositive();
        assertThat(offerTo(session.id(), first).answer()).isEqualTo(OfferAnswer.EXPIRED);
        assertThat(offerTo(session.id(), first).answeredBy()).isEqualTo(WaitlistOffers.TIMETABLE);
        assertThat(offerTo(session.id(), sixth).answer()).isEqualTo(OfferAnswer.OPEN);

        mvc.perform(post("/api/waitlist/offers/" + offerTo(session.id(), fifth).id() + "/accept").with(FRONT_DESK))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value(AppointmentKind.INTAKE.name()))
                .andExpect(jsonPath("$.coupleId").value(waiting.get(4).id().toString()))
                .andExpect(jsonPath("$.roomId").value(clinic.room().id().toString()));
        assertThat(offerTo(session.id(), fifth).answer()).isEqualTo(OfferAnswer.BOOKED);
        assertThat(offerTo(session.id(), sixth).answer()).isEqualTo(OfferAnswer.TAKEN);
        assertThat(waitlist.waiting()).extracting(WaitlistEntry::id).doesNotContain(fifth).contains(sixth);
        mvc.perform(post("/api/waitlist/offers/" + offerTo(session.id(), sixth).id() + "/accept").with(FRONT_DESK))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/waitlist/offers").with(FRONT_DESK)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.freedAppointmentId == '" + session.id() + "')]").isArray());
    }

    @Test
    void aSessionCancelledOnADayTheClinicClosedFreesNoSlotToOffer() {
        TestClinic clinic = new TestClinic(context);
        TestStaff lee = clinic.therapist();
        Couple cancelling = clinic.couple(lee.staffId());
        Couple waiting = clinic.couple(lee.staffId());
        TestAccounts.signIn(context, "frontdesk");
        LocalDateTime start = TestClinic.mondayIn(3).atTime(10, 0);
        wait(waiting, lee, Set.of(), null, null);
        Appointment session = bookings.book(BookingRequest.joint(cancelling.id(), lee.staffId(), clinic.room().id(), start))
                .first();
        try {
            clinic.as("admin", () -> context.getBean(ClosureDays.class)
                    .add(new NewClosureDay("Flooded waiting room", start.toLocalDate(), null)));
            bookings.cancel(session.id(), new Cancellation(CancelledBy.CLINIC, "The clinic is closed that day", false));

            offers.slotFreed(session.id());

            assertThat(offersOf(session.id())).isEmpty();
        } finally {
            ClinicDefaults.restore(context);
        }
    }

    private UUID wait(Couple couple, TestStaff therapist, Set<DayOfWeek> days, LocalTime earliest, LocalTime latest) {
        return waitlist.add(new NewWaitlistEntry(couple.id(), therapist.staffId(), days, earliest, latest, Priority.URGENT,
                null)).id();
    }

    private List<WaitlistOffer> awaitOffers(UUID freed, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> offersOf(freed), found -> found.size() >= count);
    }

    private List<WaitlistOffer> offersOf(UUID freed) {
        TestAccounts.signIn(context, "frontdesk");
        return waitlist.offers().stream().filter(offer -> offer.freedAppointmentId().equals(freed)).toList();
    }

    private WaitlistOffer offerTo(UUID freed, UUID entryId) {
        return offersOf(freed).stream().filter(offer -> offer.entryId().equals(entryId)).findFirst().orElseThrow();
    }

    private List<OutboxMessage> awaitOfferMessages(UUID coupleId, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> offerMessages(coupleId), found -> found.size() >= count);
    }

    private List<OutboxMessage> offerMessages(UUID coupleId) {
        TestAccounts.signIn(context, "frontdesk");
        return outbox.find(new OutboxQuery(coupleId, null, null, null)).stream()
                .filter(m -> m.template() == TemplateKind.WAITLIST_OFFER).toList();
    }
}
