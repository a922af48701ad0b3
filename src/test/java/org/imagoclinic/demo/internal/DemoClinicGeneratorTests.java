package org.imagoclinic.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imagoclinic.assessments.Administration;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.ClinicFigures;
import org.imagoclinic.assessments.ClinicSampleNorms;
import org.imagoclinic.assessments.CoursePlan;
import org.imagoclinic.assessments.CoursePlans;
import org.imagoclinic.assessments.Dialogue;
import org.imagoclinic.assessments.FollowUpDue;
import org.imagoclinic.assessments.GoalSource;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.ImagoRecords;
import org.imagoclinic.assessments.MeasureAdministrations;
import org.imagoclinic.assessments.MeasureOutcomes;
import org.imagoclinic.assessments.NoteStatus;
import org.imagoclinic.assessments.OutcomeReport;
import org.imagoclinic.assessments.SessionNote;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.EpisodeStatus;
import org.imagoclinic.demo.CarePath;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoCouple;
import org.imagoclinic.demo.DemoSession;
import org.imagoclinic.notifications.MessageStatus;
import org.imagoclinic.notifications.MessageTemplate;
import org.imagoclinic.notifications.Outbox;
import org.imagoclinic.notifications.OutboxMessage;
import org.imagoclinic.notifications.OutboxQuery;
import org.imagoclinic.portal.HomePractice;
import org.imagoclinic.portal.PortalAccountStatus;
import org.imagoclinic.portal.PortalAccounts;
import org.imagoclinic.portal.PortalSignIn;
import org.imagoclinic.portal.PracticeEntry;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.CancelledBy;
import org.imagoclinic.scheduling.Waitlist;
import org.imagoclinic.security.Roles;
import org.imagoclinic.staff.StaffDirectory;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffQuery;
import org.imagoclinic.support.TestClinicClock;
import org.imagoclinic.billing.AgingReport;
import org.imagoclinic.billing.Invoices;
import org.imagoclinic.billing.Packages;
import org.imagoclinic.billing.Payments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The demo clinic generated on start-up of a fresh database, through the APIs (its own context: the
 * shared one leaves the clinic out). A smaller clinic than the README's, still with more than the 30
 * baselines the clinic's own norms need (set
 * {@code -Ddemo.test.couples=150 -Ddemo.test.months=12} to generate the full one and time it).
 */
@SpringBootTest(properties = {"vaadin.devmode.devTools.enabled=false", "imago.demo.clinic.enabled=true",
        "imago.demo.clinic.in-background=false",
        "imago.demo.clinic.couples=${demo.test.couples:28}", "imago.demo.clinic.months=${demo.test.months:6}"})
@ActiveProfiles("demo")
class DemoClinicGeneratorTests {

    @Autowired
    DemoClinicRunner runner;
    @Autowired
    Couples couples;
    @Autowired
    Appointments appointments;
    @Autowired
    StaffDirectory staff;
    @Autowired
    Waitlist waitlist;
    @Autowired
    UserDetailsService users;
    @Autowired
    MeasureAdministrations measures;
    @Autowired
    MeasuresStep measuresStep;
    @Autowired
    SessionNotes notes;
    @Autowired
    ImagoRecords imagoRecords;
    @Autowired
    ClinicSampleNorms clinicNorms;
    @Autowired
    MeasureOutcomes outcomes;
    @Autowired
    CoursePlans coursePlans;
    @Autowired
    Invoices invoices;
    @Autowired
    Payments payments;
    @Autowired
    Packages packages;
    @Autowired
    Outbox outbox;
    @Autowired
    PortalAccounts portalAccounts;
    @Autowired
    HomePractice homePractice;
    @Autowired
    PortalSignIn portalSignIn;

    @BeforeEach
    void signInAsTheAdministrator() {
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    private void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private DemoClinicRunner.Report firstRun() {
        DemoClinicRunner.Report report = runner.lastGenerated();
        assertThat(report).isNotNull();
        assertThat(report.generated()).isTrue();
        return report;
    }

    @Test
    void theClinicIsMadeThroughTheApisWithoutOneRefusal() {
        DemoClinicRunner.Report report = firstRun();
        System.out.printf("Demo clinic: %d couples, %d actions in %d ms%n", report.couples(), report.actions(),
                report.took().toMillis());

        assertThat(report.refused()).isZero();
        assertThat(couples.count(CoupleQuery.all())).isEqualTo(report.couples());
    }

    @Test
    void theStaffHaveEveryRoleAndTheDemoSignInsAreStillThere() {
        List<StaffMember> everyone = staff.find(StaffQuery.everyone(), 0, 100);

        assertThat(everyone.stream().filter(m -> m.roles().contains(Roles.THERAPIST))).hasSize(10);
        assertThat(everyone.stream().filter(m -> m.roles().contains(Roles.SUPERVISOR))).hasSize(2);
        assertThat(everyone.stream().filter(m -> m.roles().contains(Roles.FRONT_DESK))).hasSize(2);
        assertThat(everyone.stream().map(StaffMember::displayName))
                .contains("Morgan Ellis", "Priya Shah", "Dr Daniel Lee", "Dr Helen Okafor");
    }

    @Test
    void everyCoupleStandsWhereItsPathOfCareLeftIt() {
        for (DemoCouple couple : firstRun().clinic().couples()) {
            List<Episode> episodes = couples.get(couple.coupleId()).episodes();
            if (couple.path() == CarePath.WAITING) {
                assertThat(episodes).isEmpty();
                assertThat(waitlist.waiting()).anyMatch(entry -> entry.coupleId().equals(couple.coupleId()));
                continue;
            }
            assertThat(episodes).as("couple %d, %s", couple.number(), couple.path()).singleElement()
                    .extracting(Episode::status).isEqualTo(couple.path().statusToday());
        }
        assertThat(firstRun().clinic().couples().stream().map(c -> c.path().statusToday())
                .filter(s -> s != null).collect(Collectors.toSet())).containsExactlyInAnyOrder(EpisodeStatus.values());
    }

    @Test
    void everySessionHappenedAsPlannedWithNoShowsAndLateCancellations() {
        Map<DemoSession.Outcome, Long> seen = firstRun().clinic().couples().stream()
                .flatMap(couple -> couple.sessions().stream()).peek(session -> {
                    Appointment booked = appointments.get(session.appointmentId());
                    assertThat(booked.status()).as("%s on %s", session.outcome(), session.start())
                            .isEqualTo(expected(session.outcome()));
                    if (session.outcome() == DemoSession.Outcome.LATE_CANCELLED) {
                        assertThat(booked.cancellation().late()).isTrue();
                    }
                    if (session.outcome() == DemoSession.Outcome.CALLED_OFF) {
                        assertThat(booked.cancellation().by()).isEqualTo(CancelledBy.CLINIC);
                    }
                }).collect(Collectors.groupingBy(DemoSession::outcome, Collectors.counting()));

        assertThat(seen.keySet()).contains(DemoSession.Outcome.COMPLETED, DemoSession.Outcome.NO_SHOW,
                DemoSession.Outcome.LATE_CANCELLED, DemoSession.Outcome.SCHEDULED);
    }

    @Test
    void theNextFourWeeksAreBookedWithAWorkshopOverTwoDays() {
        LocalDate today = LocalDate.now(TestClinicClock.clinic());
        List<Appointment> coming = appointments.find(AppointmentQuery.wholeClinic(today, today.plusDays(27)));

        assertThat(coming.stream().filter(a -> a.status() == AppointmentStatus.SCHEDULED).count()).isGreaterThan(10);
        List<Appointment> workshop = coming.stream().filter(a -> WorkshopStep.TITLE.equals(a.title())).toList();
        assertThat(workshop).hasSize(2).allSatisfy(day -> {
            assertThat(day.enrolledCoupleIds()).isNotEmpty();
            assertThat(day.therapistIds()).hasSize(2);
            assertThat(day.hoursOverrideReason()).isNotBlank();
        });
    }

    @Test
    void itIsMadeOnceAndNotAgainOnRestart() {
        int before = couples.count(CoupleQuery.all());

        DemoClinicRunner.Report again = runner.generate();

        assertThat(again.generated()).isFalse();
        assertThat(couples.count(CoupleQuery.all())).isEqualTo(before);
    }

    @Test
    void bothPartnersOfACoupleInCareHaveCsi16MeasuresStartingInTheClinicalRangeScoredAsPlanned() {
        // couples still in care: once an episode closes, its therapist is no longer on the care team
        List<DemoCouple> measured = firstRun().clinic().couples().stream().filter(DemoClinicGeneratorTests::inCare)
                .filter(couple -> measuresStep.planned().stream().anyMatch(p -> p.couple() == couple)).toList();
        assertThat(measured).isNotEmpty();
        boolean anActiveCoupleStartsDistressed = false;
        for (DemoCouple couple : measured) {
            signInAs(couple.therapist().username());
            List<Administration> given = measures.administrationsOf(couple.coupleId());
            List<MeasuresStep.PlannedMeasure> planned = measuresStep.planned().stream()
                    .filter(p -> p.couple() == couple).toList();

            assertThat(given).as("couple %d", couple.number()).hasSize(planned.size())
                    .extracting(Administration::partnerId).contains(couple.partnerAId(), couple.partnerBId());
            assertThat(given.stream().map(Administration::score).sorted().toList())
                    .isEqualTo(planned.stream().map(MeasuresStep.PlannedMeasure::total).sorted().toList());
            Administration firstA = given.stream().filter(a -> a.partnerId().equals(couple.partnerAId())).findFirst().orElseThrow();
            Administration firstB = given.stream().filter(a -> a.partnerId().equals(couple.partnerBId())).findFirst().orElseThrow();
            anActiveCoupleStartsDistressed |= couple.path() == CarePath.ACTIVE && firstA.clinicalRange()
                    && firstB.clinicalRange();
        }
        assertThat(anActiveCoupleStartsDistressed).isTrue();
    }

    @Test
    void theBaselineFormsHangTogetherAsRealAnswersSoOutcomesAreClassifiedFromTheFirstStart() {
        firstRun();
        ClinicFigures figures = clinicNorms.history("CSI-16").current();
        System.out.printf("Demo clinic CSI-16 baselines: %s%n", figures.describe());

        assertThat(figures.baselines()).isGreaterThanOrEqualTo(30);
        assertThat(figures.alpha()).isBetween(0.90, 0.97);
        assertThat(figures.sd()).isBetween(9.0, 16.0);
        List<MeasuresStep.PlannedMeasure> baselines = measuresStep.planned().stream()
                .collect(Collectors.toMap(p -> p.couple().number() + (p.partnerA() ? "A" : "B"), p -> p, (first, later) -> first))
                .values().stream().toList();
        assertThat(baselines.stream().mapToInt(MeasuresStep.PlannedMeasure::total).average().orElseThrow())
                .as("most couples come distressed").isLessThan(51.5);
        int classified = 0;
        for (DemoCouple couple : firstRun().clinic().couples().stream().filter(DemoClinicGeneratorTests::inCare).toList()) {
            if (measuresStep.planned().stream().filter(p -> p.couple() == couple).count() < 4) {
                continue;
            }
            signInAs(couple.therapist().username());
            OutcomeReport.InstrumentOutcome csi = outcomes.outcomesOf(couple.coupleId()).instruments().getFirst();
            assertThat(csi.norms()).isNotNull();
            assertThat(csi.norms().describe()).startsWith("clinic sample, n = " + figures.baselines() + " baselines");
            assertThat(csi.partners()).allSatisfy(partner -> assertThat(partner.outcome()).isNotNull());
            classified++;
        }
        assertThat(classified).isPositive();
    }

    @Test
    void drLeeHasNotesDueAndDrOkaforHasNotesToCoSign() {
        signInAs("therapist");
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() -> assertThat(notes.dueForMe()).isNotEmpty());

        signInAs("supervisor");
        assertThat(notes.coSignQueue()).isNotEmpty().allSatisfy(note -> {
            assertThat(note.authorName()).isEqualTo("Dr Daniel Lee");
            assertThat(note.status()).isEqualTo(NoteStatus.AWAITING_CO_SIGN);
        });
    }

    @Test
    void mostOfDrLeesNotesAreSignedAndTheOlderOnesCoSignedByDrOkafor() {
        signInAs("therapist");
        List<SessionNote> written = firstRun().clinic().couples().stream()
                .filter(c -> c.therapist() != null && c.therapist().username().equals("therapist") && inCare(c))
                .flatMap(c -> notes.notesOf(c.coupleId(), null, false).stream()).toList();

        assertThat(written.stream().filter(note -> note.status().signed()).count())
                .isGreaterThan(written.stream().filter(note -> !note.status().signed()).count());
        assertThat(written).anyMatch(note -> note.status() == NoteStatus.CO_SIGNED);
    }

    @Test
    void dialoguesAreRecordedWithStepRatingsAndBehaviourChangeRequestsFollowedUp() {
        int dialogues = 0;
        int followUps = 0;
        for (DemoCouple couple : firstRun().clinic().couples()) {
            if (!inCare(couple) || Trajectory.heldJointSessions(couple).size() < 2) {
                continue;
            }
            signInAs(couple.therapist().username());
            List<ImagoRecord> recorded = imagoRecords.list(couple.coupleId(), ImagoRecordKind.DIALOGUE, null);
            assertThat(recorded).as("couple %d", couple.number()).isNotEmpty().allSatisfy(record ->
                    assertThat(record.as(Dialogue.class).rounds().getFirst().receiverRatings().mirroring()).isBetween(1, 5));
            dialogues += recorded.size();
            assertThat(imagoRecords.list(couple.coupleId(), ImagoRecordKind.IMAGO_PROFILE, couple.partnerAId())).isNotEmpty();
            for (ImagoRecord request : imagoRecords.list(couple.coupleId(), ImagoRecordKind.BEHAVIOUR_CHANGE_REQUEST, null)) {
                assertThat(request.as(BehaviourChangeRequest.class).requests()).hasSize(3)
                        .noneMatch(BehaviourChangeRequest.Request::negativelyPhrased);
                followUps += imagoRecords.followUpsOf(couple.coupleId(), request.id()).size();
            }
        }
        assertThat(dialogues).isGreaterThan(5);
        assertThat(followUps).isPositive();
    }

    @Test
    void dialoguesAreRatedInBothRoundsWithTheSendersPart() {
        List<Dialogue> dialogues = firstRun().clinic().couples().stream()
                .filter(couple -> inCare(couple) && Trajectory.heldJointSessions(couple).size() >= 2)
                .flatMap(couple -> {
                    signInAs(couple.therapist().username());
                    return imagoRecords.list(couple.coupleId(), ImagoRecordKind.DIALOGUE, null).stream()
                            .map(record -> record.as(Dialogue.class));
                }).toList();

        assertThat(dialogues).allSatisfy(dialogue -> assertThat(dialogue.rounds().getFirst().senderRatings().oneTopic())
                .isBetween(1, 5));
        assertThat(dialogues).filteredOn(Dialogue::rolesSwapped).isNotEmpty().allSatisfy(dialogue -> {
            assertThat(dialogue.rounds().get(1).senderId()).isEqualTo(dialogue.rounds().getFirst().receiverId());
            assertThat(dialogue.rounds().get(1).senderRatings().iStatements()).isBetween(1, 5);
            assertThat(dialogue.rounds().get(1).receiverRatings().mirroring()).isBetween(1, 5);
        });
    }

    @Test
    void requestsAreTimeLimitedAndATherapistsHomeShowsFollowUpsDue() {
        int due = 0;
        for (DemoCouple couple : firstRun().clinic().couples()) {
            if (!inCare(couple) || Trajectory.heldJointSessions(couple).size() < 5) {
                continue;
            }
            signInAs(couple.therapist().username());
            assertThat(imagoRecords.list(couple.coupleId(), ImagoRecordKind.BEHAVIOUR_CHANGE_REQUEST, null))
                    .as("couple %d", couple.number()).isNotEmpty().allSatisfy(record -> {
                        BehaviourChangeRequest request = record.as(BehaviourChangeRequest.class);
                        assertThat(request.endsOn()).isEqualTo(record.recordedOn().plusWeeks(ImagoWorkStep.REQUEST_WEEKS));
                        assertThat(request.followUpEveryDays()).isEqualTo(ImagoWorkStep.FOLLOW_UP_EVERY_DAYS);
                    });
        }
        for (String therapist : firstRun().clinic().couples().stream().filter(DemoClinicGeneratorTests::inCare)
                .map(couple -> couple.therapist().username()).distinct().toList()) {
            signInAs(therapist);
            List<FollowUpDue> mine = imagoRecords.followUpsDueForMe();
            assertThat(mine).allSatisfy(followUp -> assertThat(followUp.dueOn())
                    .isBeforeOrEqualTo(LocalDate.now(TestClinicClock.clinic())));
            due += mine.size();
        }
        assertThat(due).as("follow-ups due on the therapists' home pages").isPositive();
    }

    @Test
    void coursePlansDrawOnTheCouplesWorkAreReviewedAndOneIsOverdueOnTheSupervisorsHome() {
        int plans = 0;
        int reviewed = 0;
        for (DemoCouple couple : firstRun().clinic().couples()) {
            if (!inCare(couple) || Trajectory.heldJointSessions(couple).size() < CoursePlanStep.PLAN_AT) {
                continue;
            }
            signInAs(couple.therapist().username());
            CoursePlan plan = coursePlans.planOf(couple.coupleId());
            assertThat(plan.goals()).as("couple %d", couple.number()).extracting(CoursePlan.Goal::source)
                    .containsExactlyInAnyOrder(GoalSource.VISION, GoalSource.BEHAVIOUR_CHANGE_REQUEST, GoalSource.EXIT);
            assertThat(plan.targets()).isEqualTo(new CoursePlan.OutcomeTargets(true, true));
            plans++;
            reviewed += plan.reviews().isEmpty() ? 0 : 1;
        }
        assertThat(plans).isGreaterThan(3);
        assertThat(reviewed).isPositive().isLessThan(plans);

        signInAs("supervisor");
        assertThat(coursePlans.overdueForMe()).isNotEmpty().allSatisfy(overdue ->
                assertThat(overdue.dueSince()).isBefore(LocalDate.now(TestClinicClock.clinic())));
    }

    @Test
    void theOutboxOpensOnAMonthOfMessagesSentFailedAndHeldBackEachWithItsReason() {
        firstRun();
        signInAs("frontdesk");
        LocalDate today = LocalDate.now(TestClinicClock.clinic());
        ZoneId zone = TestClinicClock.clinic().getZone();

        LocalDate monthAgo = today.minusDays(MessagesStep.OUTBOX_DAYS);
        List<OutboxMessage> sent = outbox.find(new OutboxQuery(null, MessageStatus.SENT, monthAgo, today));
        List<OutboxMessage> failed = outbox.find(new OutboxQuery(null, MessageStatus.FAILED, monthAgo, today));
        List<OutboxMessage> suppressed = outbox.find(new OutboxQuery(null, MessageStatus.SUPPRESSED, monthAgo, today));
        System.out.printf("Demo outbox, last 30 days: %d sent, %d failed, %d suppressed%n", sent.size(), failed.size(),
                suppressed.size());

        List<OutboxMessage> remindersSent = sent.stream()
                .filter(message -> message.template() == MessageTemplate.TemplateKind.REMINDER).toList();
        assertThat(remindersSent).isNotEmpty().allSatisfy(message -> assertThat(message.subject()).isNotBlank());
        assertThat(remindersSent.stream().map(message -> LocalDate.ofInstant(message.sentAt(), zone)).distinct()
                .count()).as("days on which reminders went").isGreaterThan(3);
        Instant twoWeeksAgo = today.minusDays(14).atStartOfDay(zone).toInstant();
        Instant aWeekAgo = today.minusDays(7).atStartOfDay(zone).toInstant();
        assertThat(remindersSent).anyMatch(message -> message.sentAt().isBefore(twoWeeksAgo))
                .anyMatch(message -> message.sentAt().isAfter(aWeekAgo));
        assertThat(failed).isNotEmpty().allSatisfy(message -> assertThat(message.reason()).isNotBlank());
        assertThat(suppressed).filteredOn(message -> message.template() == MessageTemplate.TemplateKind.REMINDER)
                .extracting(OutboxMessage::reason).contains("no consent to messages")
                .containsAnyOf("the session was cancelled", "the session is no longer scheduled");
        OutboxMessage aReminder = remindersSent.getFirst();
        assertThat(outbox.find(new OutboxQuery(aReminder.coupleId(), null, today.minusDays(30), today)))
                .as("the couple's Messages tab").extracting(OutboxMessage::id).contains(aReminder.id());
    }

    @Test
    void aYearOfBillingLeavesPaidInvoicesPackagesInUseAndBalancesOverNinetyDays() {
        signInAs("frontdesk");
        AgingReport aging = payments.aging();
        assertThat(aging.totals().over90().isPositive()).as("a couple stopped paying months ago").isTrue();
        assertThat(aging.totals().current().isPositive()).as("last month's invoices are not all paid yet").isTrue();
        List<DemoCouple> billed = firstRun().clinic().couples().stream()
                .filter(c -> !invoices.ofCouple(c.coupleId()).isEmpty()).toList();
        assertThat(billed).hasSizeGreaterThan(firstRun().clinic().couples().size() / 2);
        assertThat(billed).anyMatch(c -> payments.ofCouple(c.coupleId()).size() > 2);
        assertThat(billed).anyMatch(c -> packages.ofCouple(c.coupleId()).stream().anyMatch(p -> p.used() > 0));
    }

    @Test
    void aFewCouplesPractiseAtHomeInThePortalOneStoppedAndTheDemoPartnersSignInWithTheReadmesPassword() {
        DemoClinic clinic = firstRun().clinic();
        LocalDate today = clinic.today();
        List<DemoCouple> practising = HomePracticeStep.practising(clinic, today.minusDays(HomePracticeStep.PRACTICE_DAYS));
        assertThat(practising).as("couples in joint work long enough").hasSizeGreaterThanOrEqualTo(2);
        for (DemoCouple couple : practising) {
            signInAs(couple.therapist().username());
            assertThat(portalAccounts.ofCouple(couple.coupleId())).hasSize(2)
                    .allMatch(account -> account.status() == PortalAccountStatus.ACTIVE);
            List<PracticeEntry> month = new ArrayList<>();
            for (LocalDate monday = today.minusDays(35).with(DayOfWeek.MONDAY); !monday.isAfter(today); monday = monday.plusWeeks(1)) {
                month.addAll(homePractice.ofCoupleInWeek(couple.coupleId(), monday));
            }
            assertThat(month).extracting(PracticeEntry::personId).contains(couple.partnerAId(), couple.partnerBId());
            assertThat(month).extracting(PracticeEntry::kind).contains(PracticeEntry.Kind.TEMPERATURE_READING,
                    PracticeEntry.Kind.CARING_BEHAVIOUR, PracticeEntry.Kind.APPRECIATION, PracticeEntry.Kind.DIALOGUE);
            assertThat(month).extracting(PracticeEntry::day).allMatch(day -> day.isBefore(today));
        }
        assertThat(practising).flatExtracting(couple -> {
            signInAs(couple.therapist().username());
            List<PracticeEntry> entries = new ArrayList<>();
            for (int week = 0; week < 6; week++) {
                entries.addAll(homePractice.ofCoupleInWeek(couple.coupleId(), today.minusWeeks(week).with(DayOfWeek.MONDAY)));
            }
            return entries;
        }).extracting(PracticeEntry::kind).as("a gift given once the request was made").contains(PracticeEntry.Kind.GIFT);

        DemoCouple stopped = practising.get(1);
        signInAs(stopped.therapist().username());
        assertThat(homePractice.stoppedPractisingInMyCaseload()).as("the therapist's home page line")
                .extracting(HomePractice.QuietCouple::coupleId).contains(stopped.coupleId())
                .doesNotContain(practising.getFirst().coupleId());

        DemoCouple demoPartners = practising.getFirst();
        for (String email : List.of(demoPartners.registration().partnerA().details().email(),
                demoPartners.registration().partnerB().details().email())) {
            SecurityContextHolder.clearContext();
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
            try {
                assertThat(portalSignIn.signInWithPassword(email, DemoSignIns.DEMO_PASSWORD)).isEqualTo(PortalSignIn.Step.SIGNED_IN);
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }
        }
    }

    private static boolean inCare(DemoCouple couple) {
        return couple.path() == CarePath.ACTIVE || couple.path() == CarePath.PAUSED;
    }

    private static AppointmentStatus expected(DemoSession.Outcome outcome) {
        return switch (outcome) {
            case SCHEDULED -> AppointmentStatus.SCHEDULED;
            case COMPLETED -> AppointmentStatus.COMPLETED;
            case NO_SHOW -> AppointmentStatus.NO_SHOW;
            case LATE_CANCELLED, CANCELLED, CALLED_OFF -> AppointmentStatus.CANCELLED;
        };
    }
}
