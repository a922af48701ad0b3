package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.TestCouples;
import org.imagoclinic.scheduling.NewWaitlistEntry;
import org.imagoclinic.scheduling.Priority;
import org.imagoclinic.scheduling.Waitlist;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.scheduling.ClosureDays;
import org.imagoclinic.scheduling.NewClosureDay;
import org.imagoclinic.support.ClinicDefaults;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The front desk's day in a real Chromium: sign in, register a new couple through the intake steps,
 * find a free slot on a therapist's busy week and book a weekly series, check a couple in for today,
 * cancel a session late, see the waitlist and the freed slot offered to a waiting couple, read the
 * outbox; and opening an Imago tab by its link is refused in plain words.
 */
@ClinicIntegrationTest
class FrontDeskJourneyTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void openEveryDayAgain() {
        // the closure day the journey's administrator added is clinic-wide: the tests after this one book without it
        ClinicDefaults.restore(context);
    }

    @Test
    void theFrontDeskRegistersBooksChecksInCancelsLateAndSeesTheWaitlist() throws Exception {
        JourneyClinic clinic = new JourneyClinic(context, "Harbour Road");
        TestStaff desk = clinic.frontDesk("Priya", "Anand");
        TestStaff therapist = clinic.clinician("Amara", "Osei", null, Roles.THERAPIST);
        TestStaff colleague = clinic.clinician("Tomas", "Lindgren", null, Roles.THERAPIST);
        LocalDate monday = clinic.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        busyWeek(clinic, therapist, monday);
        Couple arriving = clinic.couple(therapist.staffId(), clinic.today());
        // under way now: a session can be checked in from 12 hours before its start until its end
        UUID arrivingSession = clinic.session(arriving, therapist, clinic.willow, clinic.now().truncatedTo(ChronoUnit.HOURS));
        Couple cancelling = clinic.couple(colleague.staffId(), clinic.today());
        LocalDateTime soon = clinic.now().truncatedTo(ChronoUnit.HOURS).plusHours(2);
        UUID lateSession = clinic.session(cancelling, colleague, clinic.oak, soon);
        Couple waiting = waitlisted(clinic, therapist);

        Page page = newPage();
        SignIn.as(page, desk.username(), JourneyClinic.PASSWORD);
        assertThat(page.locator("#greeting")).containsText("Priya Anand");
        Locator day = page.locator("#front-desk-day-panel");
        assertThat(day.locator("vaadin-grid")).containsText(arriving.displayName());
        // the clinic's other couples of today (other tests) may have arrived; this one has not
        assertThat(day.locator("#arrived")).not().containsText(arriving.displayName());
        assertThat(day.locator("#waiting-panel")).containsText("Waiting on the waitlist");
        Browser.picture(page, "front-desk-01-home");

        String lastNameA = "Harrowgate";
        String lastNameB = "Quillfeather";
        registerThroughTheIntakeSteps(page, therapist, lastNameA, lastNameB);
        String couple = lastNameA + " & " + lastNameB;
        assertThat(page.locator("#couple-name")).hasText(couple);
        assertThat(page.locator("#screening-hold")).hasText("On hold: not screened yet");
        // the year alone was given: no month is made up
        assertThat(page.getByText("Married or civil partners, together since 2012")).isVisible();
        assertThat(page.locator("#consent-warning")).containsText("No treatment consent is recorded for Marco Quillfeather:");
        assertThat(page.locator("#overview-book")).hasText("Book a session");
        Browser.picture(page, "front-desk-03-couple");
        // the therapist screens each partner (the therapist's journey does it on screen): the hold lifts
        UUID registered = UUID.fromString(page.url().replaceAll(".*/couples/([0-9a-f-]{36}).*", "$1"));
        TestCouples.screenedClear(context, registered, therapist.staffId());

        bookAWeeklySeries(page, clinic, therapist, monday, couple);

        page.navigate("/today");
        Locator row = page.locator("#check-in-" + arrivingSession);
        row.click();
        assertThat(page.locator("vaadin-grid")).containsText(arriving.displayName());
        assertThat(page.locator("#check-in-" + arrivingSession)).hasCount(0);
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText(arriving.displayName() + " checked in."))).isVisible();
        // checked in by mistake? undone after a question, and checked in again
        page.locator("#undo-check-in-" + arrivingSession).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo check-in").setExact(true)).click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("check-in was undone"))).isVisible();
        page.locator("#check-in-" + arrivingSession).click();
        assertThat(page.locator("#undo-check-in-" + arrivingSession)).isVisible();
        Browser.picture(page, "front-desk-06-today");

        cancelLate(page, colleague, soon, cancelling);
        var cancellation = clinic.as(desk.username(), () -> context.getBean(org.imagoclinic.scheduling.Appointments.class)
                .get(lateSession).cancellation());
        org.assertj.core.api.Assertions.assertThat(cancellation.late()).as("cancelled within the notice window").isTrue();
        theCancelledSessionStaysOnTheCouplesPageAndTheyAreBookedFromThere(page, cancelling, lateSession);

        // the freed slot suits the couple who wait for anyone, any day: it is offered to them by message
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> clinic.as(desk.username(),
                () -> clinic.contextBean(org.imagoclinic.scheduling.Waitlist.class).offers()).stream()
                .anyMatch(offer -> offer.freedAppointmentId().equals(lateSession)));
        page.navigate("/waitlist");
        assertThat(page.locator("#waitlist")).containsText(waiting.displayName());
        assertThat(page.locator("#waitlist")).containsText("Urgent");
        assertThat(page.locator("#waitlist-offers")).containsText("Waiting for an answer");
        Browser.picture(page, "front-desk-08-waitlist");
        Pick.button(page, "Add a couple");
        Locator adding = page.getByRole(AriaRole.DIALOG);
        Pick.combo(page, adding, "Couple", arriving.displayName().substring(0, 6), arriving.displayName());
        adding.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add").setExact(true)).click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText(arriving.displayName() + " is on the waitlist"))).isVisible();
        // the waiting couple's next free slots, on their days and times with their therapist: one click books it
        UUID waitingEntry = clinic.as(desk.username(), () -> clinic.contextBean(Waitlist.class).waiting()).stream()
                .filter(entry -> entry.coupleId().equals(waiting.id())).findFirst().orElseThrow().id();
        page.locator("#offer-" + waitingEntry).click();
        Locator suggested = page.locator("#slot-suggestions");
        assertThat(suggested).containsText("Free slots that suit them (Tue, Thu, from 17:00 · Evenings only)");
        assertThat(suggested).containsText("Dr Amara Osei");
        Browser.picture(page, "front-desk-12-waitlist-slots");
        suggested.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Book").setExact(true)).first().click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Booked " + waiting.displayName()))).isVisible();

        page.navigate("/outbox");
        assertThat(page.locator("#outbox")).containsText("Waitlist offer");
        Browser.picture(page, "front-desk-10-outbox");

        page.navigate("/couples/" + arriving.id() + "?tab=imago-work");
        assertThat(page.locator("#tab-refused")).containsText("The Imago work tab is not open to you");
        assertThat(Pick.tab(page, "Imago work")).hasCount(0);
        assertThat(page.getByText("Couples dialogue")).hasCount(0);
        Browser.picture(page, "front-desk-09-imago-tab-refused");

        // billing heard the late cancellation after it was committed: its fee is there to invoice
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> clinic.as(desk.username(),
                () -> !context.getBean(org.imagoclinic.billing.Charges.class).ofCouple(cancelling.id()).isEmpty()));
        page.navigate("/couples/" + cancelling.id() + "?tab=billing");
        anEmployerPaysByEmail(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue an invoice")).click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Invoice issued."))).isVisible();
        assertThat(page.locator("vaadin-grid").first()).containsText("Late cancellation");
        assertThat(page.locator("#billing-payer")).containsText("individual sessions: each partner their own");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Email to payer")).click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("goes by email to eap@employer.example"))).isVisible();
        Browser.picture(page, "front-desk-10-billing");

        theClinicsDayTherapistsSideBySide(page, therapist, monday.plusDays(3), couple);
    }

    /** A third party pays and gets invoices by email: its address is checked next to the field before it is kept. */
    private static void anEmployerPaysByEmail(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Who pays")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByText("Someone else").click();
        dialog.getByLabel("Name").fill("Employer assistance");
        Locator email = dialog.getByLabel("Email for invoices and statements");
        email.fill("eap at employer");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(dialog.getByText("This is not an email address; it looks like name@example.org.")).isVisible();
        email.fill("eap@employer.example");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#billing-payer")).containsText("Employer assistance, eap@employer.example");
    }

    /** The whole clinic's day with a column per therapist, kept on reload; "Skip to content" comes first. */
    private static void theClinicsDayTherapistsSideBySide(Page page, TestStaff therapist, LocalDate thursday,
                                                          String couple) {
        page.navigate("/calendar?date=" + thursday);
        page.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHas(page.locator("label",
                new Page.LocatorOptions().setHasText("Calendar of")))).locator("input").fill("");
        Pick.combo(page, page.locator("body"), "Calendar of", "Whole", "Whole clinic");
        Pick.select(page, page.getByLabel("Show"), "Day, therapists side by side");
        Locator column = page.locator("#day-sheet .day-sheet-column[data-therapist='" + therapist.staffId() + "']");
        assertThat(column).containsText(couple);
        assertThat(column).containsText("09:00–10:30 · Couple session");

        page.reload();
        assertThat(column).containsText(couple);
        page.keyboard().press("Tab");
        assertThat(page.getByText("Skip to content")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#main-content")).isFocused();
    }

    private static void registerThroughTheIntakeSteps(Page page, TestStaff therapist, String lastNameA, String lastNameB)
            throws Exception {
        page.navigate("/couples/new");
        assertThat(page).hasTitle("New couple · Imago Clinic");
        partner(page, "Elena", lastNameA, "3/14/1986");
        // typed the American way, read as the one day it can be and shown in the clinic's style
        assertThat(page.getByLabel("Date of birth")).hasValue("14/03/1986");
        Browser.picture(page, "front-desk-02-new-couple");
        next(page, "Partner B");
        partner(page, "Marco", lastNameB, "1984-09-02");
        next(page, "Relationship");
        Pick.select(page, page.getByLabel("Relationship status"), "Married or civil partners");
        page.getByLabel("Together since (year)").fill("2012");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("No secrets")).check();
        next(page, "What brings them");
        page.getByLabel("Presenting concerns").fill("Arguments about money that end in silence for days.");
        Pick.select(page, page.getByLabel("Life stage that brought them"), "Transition: a baby");
        next(page, "Consents");
        // Marco's treatment consent is still to come: the couple's page and the booking dialog say so
        page.locator("#consent-treatment-a input").check();
        next(page, "Therapist");
        Pick.combo(page, page.locator("body"), "Primary therapist", "Osei", "Dr Amara Osei");
        Pick.button(page, "Register couple");
        page.waitForURL("**/couples/*-*");
    }

    /** Next, and wait until the step has changed: its fields replace the last step's. */
    private static void next(Page page, String step) {
        Pick.button(page, "Next");
        assertThat(Pick.tab(page, step)).hasAttribute("aria-selected", "true");
        Browser.waitForVaadin(page);
    }

    private static void partner(Page page, String firstName, String lastName, String born) {
        // each partner's step puts the focus in its first field once shown: typing before that lands there
        assertThat(page.getByLabel("First name")).isFocused();
        page.getByLabel("First name").fill(firstName);
        page.getByLabel("Last name").fill(lastName);
        page.getByLabel("Date of birth").fill(born);
        page.getByLabel("Date of birth").press("Tab");
        page.getByLabel("Email").fill((firstName + "." + lastName + "@example.org").toLowerCase());
        page.getByLabel("Phone", new Page.GetByLabelOptions().setExact(true)).fill("+44 20 7946 0123");
    }

    private static void bookAWeeklySeries(Page page, JourneyClinic clinic, TestStaff therapist, LocalDate monday,
                                          String couple) throws Exception {
        LocalDate thursday = monday.plusDays(3);
        // the administrator closed the clinic for a day the series would fall on: the series skips it
        LocalDate trainingDay = thursday.plusWeeks(1);
        clinic.as("admin", () -> clinic.contextBean(ClosureDays.class)
                .add(new NewClosureDay("Staff training day", trainingDay, null)));
        page.navigate("/calendar?therapist=" + therapist.staffId() + "&date=" + monday);
        Locator calendar = page.locator("imago-calendar");
        assertThat(calendar.locator(".fc-event")).hasCount(9);
        Browser.waitForVaadin(page);
        Locator nine = calendar.locator(".fc-timegrid-slot-lane[data-time='09:00:00']");
        nine.scrollIntoViewIfNeeded();
        // the calendar lays itself out more than once after it shows (its options and dates arrive after
        // its first render): click where the day's column and the 09:00 row are once they stay put
        BoundingBox column = settled(page, calendar.locator(".fc-timegrid-col[data-date='" + thursday + "']"));
        BoundingBox slot = settled(page, nine);
        page.mouse().click(column.x + column.width / 2, slot.y + slot.height / 2);
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(page.locator("#book-session")).isVisible();
        Pick.combo(page, dialog, "Couple", couple.substring(0, 6), couple);
        assertThat(page.locator("#booking-consent-warning")).containsText("No treatment consent is recorded for Marco Quillfeather:");
        Pick.combo(page, dialog, "Room", "Willow", "Willow room");
        Pick.select(page, dialog.getByLabel("Repeat"), "Weekly");
        Locator sessions = dialog.getByLabel("Sessions");
        sessions.fill("6");
        sessions.press("Tab");
        assertThat(page.locator("#booking-check")).containsText("Free: nothing clashes.");
        assertThat(page.locator("#booking-skipped-days")).containsText("The series skips a day the clinic is closed "
                + "and runs on to keep 6 sessions:");
        assertThat(page.locator("#booking-skipped-days")).containsText("(Staff training day)");
        Browser.picture(page, "front-desk-04-booking");
        page.locator("#book-session").click();

        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("and 5 more. Skipped, the clinic is closed:"))).isVisible();
        Locator booked = calendar.locator(".fc-event").filter(new Locator.FilterOptions().setHasText(couple));
        assertThat(booked).containsText("09:00 - 10:30");
        assertThat(calendar.locator(".fc-event")).hasCount(10);
        // the picture without the closing dialog and the passing message
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.locator("vaadin-notification-card")).hasCount(0,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(15_000));
        Browser.picture(page, "front-desk-05-calendar");
        page.navigate("/calendar?therapist=" + therapist.staffId() + "&date=" + trainingDay);
        assertThat(page.locator("#calendar-closed")).containsText("The clinic is closed: Staff training day");
        assertThat(calendar.locator(".imago-shade")).containsText("Clinic closed: Staff training day");
        assertThat(calendar.locator(".fc-event").filter(new Locator.FilterOptions().setHasText(couple))).hasCount(0);
        Browser.waitForVaadin(page);
        Browser.picture(page, "front-desk-13-closure-day");
        // the month shades the day too
        Pick.select(page, page.getByLabel("Show"), "Month");
        assertThat(calendar.locator(".fc-daygrid-day[data-date='" + trainingDay + "'] .imago-shade"))
                .containsText("Clinic closed: Staff training day");
        // a month's column stands for a weekday, so its heading names the weekday and no date
        assertThat(calendar.locator(".fc-col-header-cell"))
                .hasText(new String[] {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"});
        Pick.select(page, page.getByLabel("Show"), "Week");
        assertThat(calendar.locator(".fc-col-header-cell[data-date='" + trainingDay + "']"))
                .hasText(java.util.regex.Pattern.compile("^\\w{3} " + trainingDay.getDayOfMonth() + " \\w{3,4}$"));
        // six sessions still: the series ran on a week past the closed day
        page.navigate("/calendar?therapist=" + therapist.staffId() + "&date=" + monday.plusWeeks(6));
        assertThat(calendar.locator(".fc-event").filter(new Locator.FilterOptions().setHasText(couple))).hasCount(1);
    }

    private static void cancelLate(Page page, TestStaff colleague, LocalDateTime soon, Couple cancelling) throws Exception {
        page.navigate("/calendar?therapist=" + colleague.staffId() + "&date=" + soon.toLocalDate());
        Locator calendar = page.locator("imago-calendar");
        calendar.locator(".fc-event").filter(new Locator.FilterOptions().setHasText(cancelling.displayName())).click();
        Locator details = page.getByRole(AriaRole.DIALOG);
        assertThat(details.locator("#appointment-details")).containsText("Status: Scheduled");
        details.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel…")).click();
        Locator cancel = page.getByRole(AriaRole.DIALOG).filter(new Locator.FilterOptions().setHasText("Cancel the session"));
        assertThat(cancel.locator("#cancellation-notice")).containsText("This is a late cancellation");
        cancel.getByLabel("Reason").fill("Their childminder is ill");
        Browser.picture(page, "front-desk-07-cancel");
        cancel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel the session")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("recorded as a late cancellation"))).isVisible();
        // a cancelled session leaves the calendar, freeing the slot
        assertThat(calendar.locator(".fc-event").filter(new Locator.FilterOptions()
                .setHasText(cancelling.displayName()))).hasCount(0);
    }

    private static void theCancelledSessionStaysOnTheCouplesPageAndTheyAreBookedFromThere(Page page, Couple cancelling,
                                                                                          UUID lateSession) throws Exception {
        page.navigate("/couples/" + cancelling.id() + "?tab=sessions");
        Locator toCome = page.locator("#sessions-to-come");
        assertThat(toCome).containsText("Cancelled late by the client: Their childminder is ill");
        toCome.getByText("Cancelled late").click();
        assertThat(page.getByRole(AriaRole.DIALOG).locator("#appointment-details")).containsText("Status: Cancelled");
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        page.locator("#sessions-book").click();
        Locator booking = page.getByRole(AriaRole.DIALOG);
        assertThat(booking.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHas(
                page.locator("label", new Page.LocatorOptions().setHasText("Couple")))).locator("input"))
                .hasValue(java.util.regex.Pattern.compile("^" + cancelling.displayName() + " \\("));
        Browser.picture(page, "front-desk-11-book-from-couple");
        booking.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel").setExact(true)).click();
    }

    /** The therapist's week: nine sessions with couples of their own, Monday to Friday, Thursday 09:00 free. */
    /** Where an element is once two looks a quarter of a second apart agree. */
    private static BoundingBox settled(Page page, Locator element) {
        BoundingBox last = element.boundingBox();
        for (int look = 0; look < 40; look++) {
            page.waitForTimeout(250);
            BoundingBox now = element.boundingBox();
            if (now.x == last.x && now.y == last.y && now.width == last.width && now.height == last.height) {
                return now;
            }
            last = now;
        }
        throw new AssertionError("The calendar kept moving for ten seconds");
    }

    private static void busyWeek(JourneyClinic clinic, TestStaff therapist, LocalDate monday) {
        int[][] slots = {{0, 8}, {0, 10}, {1, 9}, {1, 11}, {2, 8}, {2, 10}, {3, 11}, {4, 8}, {4, 10}};
        for (int[] slot : slots) {
            Couple couple = clinic.couple(therapist.staffId(), clinic.today().minusWeeks(6));
            clinic.session(couple, therapist, slot[1] % 2 == 0 ? clinic.willow : clinic.oak,
                    monday.plusDays(slot[0]).atTime(LocalTime.of(slot[1], 0)));
        }
    }

    private static Couple waitlisted(JourneyClinic clinic, TestStaff therapist) {
        Waitlist waitlist = clinic.contextBean(Waitlist.class);
        Couple urgent = clinic.registeredCouple();
        Couple later = clinic.registeredCouple();
        clinic.as(clinic.deskUsername(), () -> waitlist.add(new NewWaitlistEntry(urgent.id(), therapist.staffId(),
                Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(17, 0), null, Priority.URGENT,
                "Evenings only")));
        clinic.as(clinic.deskUsername(), () -> waitlist.add(new NewWaitlistEntry(later.id(), null, Set.of(), null,
                null, Priority.NORMAL, null)));
        return urgent;
    }
}
