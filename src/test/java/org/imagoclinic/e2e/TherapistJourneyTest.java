package org.imagoclinic.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.InstrumentItem;
import org.imagoclinic.assessments.InstrumentItem.AnswerOption;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A therapist's day in a real Chromium: sign in, see the measures due and "my day", open the couple
 * in the room, record a CSI-16 for each partner (one on the form, one on the clinic's tablet under a
 * one-time link), an Imago dialogue with step ratings and a behaviour change request, complete the
 * session, sign its note, and see each partner's trend chart gain today's score.
 */
@ClinicIntegrationTest
class TherapistJourneyTest extends BrowserJourney {

    /** How long a joint session lasts unless booked otherwise. */
    private static final java.time.Duration SESSION = java.time.Duration.ofMinutes(90);

    @Autowired
    ApplicationContext context;

    @Test
    void theTherapistMeasuresRecordsImagoWorkCompletesTheSessionAndSignsTheNote() throws Exception {
        JourneyClinic clinic = new JourneyClinic(context, "Riverside");
        TestStaff me = clinic.clinician("Sofia", "Marchetti", null, Roles.THERAPIST);
        LocalDate today = clinic.today();
        // the session began ten minutes ago, whatever the hour: it can be checked in, and completed
        LocalDateTime tenMinutesAgo = clinic.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES).minusMinutes(10);
        LocalDateTime began = tenMinutesAgo.toLocalDate().isBefore(today) ? today.atStartOfDay() : tenMinutesAgo;
        Couple couple = clinic.couple(me.staffId(), today.minusWeeks(8));
        Partner a = couple.partnerA();
        Partner b = couple.partnerB();
        clinic.csi16(me, couple, a.personId(), today.minusWeeks(7), 0.30);
        clinic.csi16(me, couple, b.personId(), today.minusWeeks(7), 0.45);
        clinic.csi16(me, couple, a.personId(), today.minusWeeks(3), 0.45);
        clinic.csi16(me, couple, b.personId(), today.minusWeeks(3), 0.50);
        UUID session = clinic.session(couple, me, clinic.willow, began);
        clinic.as(clinic.deskUsername(), () -> context.getBean(Attendance.class).checkIn(session));
        List<Couple> others = othersToday(clinic, me, today, began);

        Page page = newPage();
        SignIn.as(page, me.username(), JourneyClinic.PASSWORD);
        assertThat(page.locator("#greeting")).containsText("Dr Sofia Marchetti");
        assertThat(page.locator("#measures-due-panel")).containsText(others.getFirst().displayName());
        assertThat(page.locator("#measures-due-panel")).containsText("to answer");
        assertThat(page.locator("#sessions-today")).containsText(couple.displayName());
        assertThat(page.locator("#sessions-today")).containsText("Checked in");
        Browser.picture(page, "therapist-01-home");

        page.navigate("/my-day");
        Locator day = page.locator("#my-day-sessions");
        assertThat(day).containsText(couple.displayName());
        assertThat(day).containsText("Checked in");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next day")).click();
        assertThat(day).not().containsText(couple.displayName());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Previous day")).click();
        assertThat(day).containsText(couple.displayName());
        Browser.picture(page, "therapist-02-my-day");
        onAPhone(page, () -> {
            assertThat(page.locator("#complete-" + session)).isInViewport(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsInViewportOptions().setRatio(1));
            picture(page, "therapist-10-my-day-on-a-phone");
        });
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(couple.displayName())).click();
        page.waitForURL("**/couples/" + couple.id());

        Pick.tab(page, "Measures").click();
        assertThat(trendPoints(page, a)).isEqualTo(2);
        Pick.select(page, page.getByLabel("Partner"), a.displayName());
        Pick.select(page, page.getByLabel("Instrument"), "Couples Satisfaction Index (16 items)");
        onATablet(page, () -> assertThat(height(page.locator(".measure-form"))).as("compact: not 3 500 px of lists")
                .isLessThan(2_000));
        onAPhone(page, () -> {
            for (Locator pole : page.locator(".measure-form .pole").all()) {
                assertThat((Boolean) pole.evaluate("word => word.scrollWidth <= word.clientWidth && "
                        + "word.getBoundingClientRect().right <= window.innerWidth")).as("not clipped: " + pole.textContent())
                        .isTrue();
            }
            picture(page, "therapist-11-csi16-on-a-phone");
        });
        answerCsi16(page);
        Browser.picture(page, "therapist-03-csi16-form");
        Pick.button(page, "Save the answers");
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("Saved for " + a.displayName()))).isVisible();

        Pick.select(page, page.getByLabel("Partner"), b.displayName());
        Pick.select(page, page.getByLabel("Instrument"), "Couples Satisfaction Index (16 items)");
        Pick.button(page, "Open a kiosk link");
        String link = page.locator("#kiosk-link").getAttribute("href");
        Page tablet = newPage();
        tablet.navigate(link);
        assertThat(tablet.locator("#kiosk-greeting")).hasText("Hello " + b.details().firstName());
        assertThat(tablet.locator("vaadin-side-nav")).hasCount(0);
        answerCsi16(tablet);
        Browser.picture(tablet, "therapist-04-kiosk");
        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
        assertThat(tablet.locator("#kiosk-end")).hasText("Thank you");
        tablet.close();

        Pick.tab(page, "Imago work").click();
        recordADialogue(page, a);
        recordABehaviourChangeRequest(page, b);

        // every therapist page works on a tablet in portrait: the menu folds behind its toggle
        onATablet(page, () -> assertThat(page.locator("vaadin-app-layout")).hasAttribute("overlay", ""));

        page.navigate("/my-day");
        page.locator("#complete-" + session).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete").setExact(true)).click();
        page.getByLabel("Session completed").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Write the note")).click();
        page.waitForURL(url -> url.contains("/couples/" + couple.id()) && url.contains("session=" + session));
        Locator note = page.getByRole(AriaRole.DIALOG).filter(new Locator.FilterOptions().setHasText("Interventions used"));
        // the interventions start from the exercises just recorded in the session
        assertThat((String) note.locator("vaadin-multi-select-combo-box").evaluate(
                "box => box.selectedItems.map(item => item.label).sort().join(', ')"))
                .isEqualTo("Behaviour change request, Couples dialogue");
        note.getByLabel("Note", new Locator.GetByLabelOptions().setExact(true)).fill(
                "Couples dialogue on money: mirroring and summary good, validation still hard. Request given: a weekly money talk.");
        note.getByLabel("Plan").fill("Practise the dialogue at home twice a week; follow up the request next session.");
        Browser.picture(page, "therapist-07-session-note");
        note.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign")).click();
        Locator notes = page.locator("#notes-by-session");
        assertThat(notes.getByText("Signed", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(notes).containsText("Couples dialogue on money");
        Pick.tab(page, "Imago work").click();
        Browser.picture(page, "therapist-08-imago-work");

        Pick.tab(page, "Measures").click();
        assertThat(trendPoints(page, a)).isEqualTo(3);
        assertThat(trendPoints(page, b)).isEqualTo(3);
        // a time axis: each score at its day, so four weeks look longer than four days
        assertThat(page.locator("#trend-" + a.personId()).evaluate("chart => JSON.parse(chart.option).xAxis.type"))
                .isEqualTo("time");
        assertThat(page.locator("#trend-" + a.personId()).evaluate(
                "chart => JSON.parse(chart.option).series[0].data.at(-1)[0]")).isEqualTo(today.toString());
        Browser.picture(page, "therapist-09-trend");

        page.navigate("/");
        assertThat(page.locator("#notes-due")).not().containsText(couple.displayName());
    }

    /** Runs the checks at a tablet's width in portrait, then goes back to the desk's: no sideways scroll there. */
    private static void onATablet(Page page, Runnable checks) {
        at(page, 820, 1180, checks);
    }

    /** As {@link #onATablet}, at a phone's width. */
    private static void onAPhone(Page page, Runnable checks) {
        at(page, 390, 844, checks);
    }

    private static void at(Page page, int width, int height, Runnable checks) {
        page.setViewportSize(width, height);
        try {
            page.waitForFunction("() => document.documentElement.scrollWidth <= window.innerWidth");
            checks.run();
        } finally {
            page.setViewportSize(1280, 800);
        }
    }

    private static void picture(Page page, String name) {
        try {
            Browser.picture(page, name);
        } catch (java.io.IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

    private static double height(Locator locator) {
        return locator.boundingBox().height;
    }

    private void answerCsi16(Page page) {
        Instrument csi = context.getBean(MeasureCatalogue.class).find("CSI-16").orElseThrow();
        for (InstrumentItem item : csi.items()) {
            int low = item.options().stream().mapToInt(AnswerOption::score).min().orElseThrow();
            int high = item.options().stream().mapToInt(AnswerOption::score).max().orElseThrow();
            double target = low + 0.7 * (high - low);
            int position = item.options().stream()
                    .min(Comparator.comparingDouble(option -> Math.abs(option.score() - target))).orElseThrow().position();
            page.locator("#item-" + item.number() + " vaadin-radio-button").nth(position).click();
        }
    }

    /** How many scores the partner's trend chart draws. */
    private static int trendPoints(Page page, Partner partner) {
        Locator chart = page.locator("#trend-" + partner.personId());
        assertThat(chart.locator("svg")).hasCount(1);
        return ((Number) chart.evaluate("chart => JSON.parse(chart.option).series[0].data.length")).intValue();
    }

    private static void recordADialogue(Page page, Partner sender) throws Exception {
        Pick.button(page, "Imago dialogue");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Topic", new Locator.GetByLabelOptions().setExact(true)).fill("Money");
        Pick.select(page, dialog.getByLabel("Sender"), sender.displayName());
        Pick.select(page, dialog.getByLabel("\"I\" statements"), "4");
        Pick.select(page, dialog.getByLabel("Mirroring"), "4");
        Pick.select(page, dialog.getByLabel("Summary"), "4");
        Pick.select(page, dialog.getByLabel("Validation"), "3");
        Pick.select(page, dialog.getByLabel("Empathy"), "2");
        dialog.getByLabel("Duration (minutes)").fill("25");
        Browser.picture(page, "therapist-05-dialogue");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByText("mirroring 4, summary 4, validation 3, empathy 2").first()).isVisible();
    }

    private static void recordABehaviourChangeRequest(Page page, Partner asking) throws Exception {
        Pick.button(page, "Behaviour change request");
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Pick.select(page, dialog.getByLabel("Who asks"), asking.displayName());
        dialog.getByLabel("1. The frustration").fill("When money comes up you leave the room.");
        dialog.getByLabel("2. The feeling behind it").fill("Alone and dismissed");
        dialog.getByLabel("3. The desire hidden in the frustration").fill("To plan our money together, calmly.");
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Request 1").setExact(true))
                .fill("Every Sunday for the next month, sit with me for 20 minutes to look at our spending.");
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Request 2").setExact(true))
                .fill("Twice this week, tell me one thing you would like us to save for.");
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Request 3").setExact(true))
                .fill("Once this month, plan a free evening out together.");
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Request 1")).check();
        Browser.picture(page, "therapist-06-behaviour-change-request");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        Locator timeline = page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHasText("mirroring 4, summary 4"));
        assertThat(timeline).containsText("Behaviour change request");
    }

    /**
     * Three more couples in the therapist's care, each seen today in a session that does not overlap
     * the journey's own, and each with a baseline measure due.
     */
    private static List<Couple> othersToday(JourneyClinic clinic, TestStaff me, LocalDate today, LocalDateTime busy) {
        List<Couple> others = new java.util.ArrayList<>();
        int[] hours = {8, 10, 12, 14, 16, 18, 20};
        for (int hour : hours) {
            if (others.size() == 3) {
                break;
            }
            LocalDateTime start = today.atTime(hour, 0);
            if (start.isBefore(busy.plus(SESSION)) && busy.isBefore(start.plus(SESSION))) {
                continue;
            }
            Couple couple = clinic.couple(me.staffId(), today);
            clinic.session(couple, me, clinic.oak, start);
            others.add(couple);
        }
        return others;
    }
}
