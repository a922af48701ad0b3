package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.scheduling.Appointment;
import org.imagoclinic.scheduling.AppointmentStatus;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.Attendance;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.ClosureDay;
import org.imagoclinic.scheduling.ClosureDays;
import org.imagoclinic.scheduling.Reschedule;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.Rooms;
import org.imagoclinic.scheduling.TherapistProfile;
import org.imagoclinic.scheduling.TherapistProfiles;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ui.components.ClinicCalendar;
import org.imagoclinic.shared.ui.components.ClinicFormat;
import org.imagoclinic.shared.ui.components.Feedback;
import org.jspecify.annotations.Nullable;

/**
 * The clinic's calendar (FullCalendar through {@link ClinicCalendar}): a day, week or month of the
 * whole clinic, one therapist or one room, a colour per therapist, in the clinic's time zone on a
 * 24-hour clock. Click an empty slot to book, drag a session to move it (with the same checks as a
 * booking), click a session for its details and actions.
 */
@Route("calendar")
@PageTitle("Calendar · Imago Clinic")
@Menu(title = "Calendar", order = 20, icon = "vaadin:calendar")
@RolesAllowed({Roles.FRONT_DESK, Roles.THERAPIST, Roles.SUPERVISOR, Roles.ADMIN})
class CalendarView extends VerticalLayout implements BeforeEnterObserver {

    static final Map<String, String> DATED_HEADING = Map.of("weekday", "short", "day", "numeric", "month", "short");
    static final Map<String, String> WEEKDAY_HEADING = Map.of("weekday", "short");

    static final Map<String, Object> OPTIONS = Map.of(
            "slotMinTime", "07:00:00", "slotMaxTime", "21:00:00", "slotDuration", "00:15:00",
            "slotLabelInterval", "01:00",
            "eventTimeFormat", Map.of("hour", "2-digit", "minute", "2-digit", "hour12", false),
            "slotLabelFormat", Map.of("hour", "2-digit", "minute", "2-digit", "hour12", false),
            // day headers as the clinic writes a day ("Mon 7 Dec"), not as the browser's language would;
            // a month's column stands for a weekday, not for one date, so its heading is the weekday alone
            "dayHeaderFormat", DATED_HEADING,
            "views", Map.of("dayGridMonth", Map.of("dayHeaderFormat", WEEKDAY_HEADING)),
            "locale", ClinicFormat.clinicLocale().toLanguageTag());

    private static final int FIRST_HOUR = 7;
    private static final int LAST_HOUR = 21;

    private final ClinicCalendar calendar = new ClinicCalendar();
    private final ComboBox<CalendarScope> scope = new ComboBox<>("Calendar of");
    private final Select<Period> view = new Select<>();
    private final DaySheet sheet = new DaySheet(this::openDetails, this::openBooking);
    private final Span period = new Span();
    private final Paragraph closed = new Paragraph();
    private final Appointments appointments;
    private final Bookings bookings;
    private final Attendance attendance;
    private final Couples couples;
    private final BookingEligibility eligibility;
    private final TherapistProfiles therapists;
    private final Rooms rooms;
    private final ClosureDays closures;
    private final CurrentUser currentUser;
    private final Clock clock;
    private LocalDate date;

    /** What the calendar shows at a time; one day may have a column per therapist. */
    enum Period {
        DAY("Day", ClinicCalendar.View.DAY),
        DAY_BY_THERAPIST("Day, therapists side by side", ClinicCalendar.View.DAY),
        WEEK("Week", ClinicCalendar.View.WEEK),
        MONTH("Month", ClinicCalendar.View.MONTH);

        private final String label;
        private final ClinicCalendar.View calendarView;

        Period(String label, ClinicCalendar.View calendarView) {
            this.label = label;
            this.calendarView = calendarView;
        }

        String label() {
            return label;
        }
    }

    /** Whose calendar and which period the user last chose, kept while they move between pages. */
    record Choice(String scopeKey, Period period) implements java.io.Serializable {
    }

    CalendarView(Appointments appointments, Bookings bookings, Attendance attendance, Couples couples,
                 BookingEligibility eligibility, TherapistProfiles therapists, Rooms rooms, ClosureDays closures,
                 CurrentUser currentUser, Clock clock) {
        this.closures = closures;
        this.appointments = appointments;
        this.bookings = bookings;
        this.attendance = attendance;
        this.couples = couples;
        this.eligibility = eligibility;
        this.therapists = therapists;
        this.rooms = rooms;
        this.currentUser = currentUser;
        this.clock = clock;
        setSizeFull();
        date = LocalDate.now(clock);
        calendar.setOptions(OPTIONS);
        calendar.setHeight("720px");
        calendar.setId("clinic-calendar");
        configureToolbar();
        calendar.addSlotClickListener(click -> openBooking(click.getStart()));
        calendar.addEntryClickListener(click -> openDetails(UUID.fromString(click.getEntryId())));
        calendar.addEntryMoveListener(move -> moved(UUID.fromString(move.getEntryId()), move.getStart()));
        refresh();
    }

    /**
     * Links may say whose calendar and which day: {@code calendar?therapist=<staff id>&date=2026-03-02}
     * (or {@code room=<room id>}), and open the booking dialog on a couple: {@code book=<couple id>}
     * (the couple's page offers it).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("therapist").or(() -> parameters.getSingleParameter("room")).ifPresent(id ->
                scope.getListDataView().getItems().filter(item -> id.equals(String.valueOf(item.therapistId()))
                        || item.room() != null && id.equals(item.room().id().toString())).findFirst()
                        .ifPresent(scope::setValue));
        parameters.getSingleParameter("date").ifPresent(day -> {
            try {
                showDate(LocalDate.parse(day));
            } catch (java.time.format.DateTimeParseException notADay) {
                Feedback.problem("The link's date is not a day such as 2026-03-02.");
            }
        });
        parameters.getSingleParameter("book").ifPresent(this::bookFor);
    }

    private void bookFor(String coupleId) {
        try {
            UUID id = UUID.fromString(coupleId);
            Show.attempt(() -> {
                String lastName = couples.get(id).partnerA().details().lastName();
                couples.find(CoupleQuery.byName(lastName), 0, 200).stream().filter(summary -> summary.id().equals(id))
                        .findFirst().ifPresent(summary -> bookingDialog(null, null).forCouple(summary).open());
            }, Map.of());
        } catch (IllegalArgumentException notAnId) {
            Feedback.problem("The link names no couple.");
        }
    }

    /** The day the calendar opens on: the clinic's today, unless a test or a link says otherwise. */
    void showDate(LocalDate day) {
        date = day;
        refresh();
    }

    private void configureToolbar() {
        List<CalendarScope> scopes = new ArrayList<>();
        scopes.add(CalendarScope.wholeClinic());
        therapists.therapists().forEach(profile -> scopes.add(CalendarScope.of(profile)));
        rooms.rooms(true).forEach(room -> scopes.add(CalendarScope.of(room)));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(CalendarScope::label);
        CalendarScope mine = currentUser.get().flatMap(CurrentUser.SignedInAccount::staffId)
                .flatMap(id -> scopes.stream().filter(s -> id.equals(s.therapistId())).findFirst())
                .orElse(scopes.getFirst());
        Choice kept = keptChoice();
        scope.setValue(kept == null ? mine : scopes.stream().filter(s -> kept.scopeKey().equals(s.key())).findFirst()
                .orElse(mine));
        scope.addValueChangeListener(change -> {
            keepChoice();
            refresh();
        });
        view.setLabel("Show");
        view.setItems(Period.values());
        view.setItemLabelGenerator(Period::label);
        view.setValue(kept == null ? Period.WEEK : kept.period());
        view.addValueChangeListener(change -> {
            keepChoice();
            refresh();
        });
        Button previous = new Button("Previous", click -> step(-1));
        Button today = new Button("Today", click -> showDate(LocalDate.now(clock)));
        Button next = new Button("Next", click -> step(1));
        Button book = new Button("Book a session", click -> openBooking((LocalDateTime) null));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        period.setId("calendar-period");
        HorizontalLayout toolbar = new HorizontalLayout(scope, view, previous, today, next, period, book);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        sheet.setVisible(false);
        closed.setId("calendar-closed");
        closed.addClassName("calendar-closed");
        closed.setVisible(false);
        add(toolbar, closed, calendar, sheet);
    }

    private static @org.jspecify.annotations.Nullable Choice keptChoice() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        return session == null ? null : session.getAttribute(Choice.class);
    }

    private void keepChoice() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session != null && scope.getValue() != null && view.getValue() != null) {
            session.setAttribute(Choice.class, new Choice(scope.getValue().key(), view.getValue()));
        }
    }

    private void step(int direction) {
        showDate(switch (view.getValue().calendarView) {
            case DAY -> date.plusDays(direction);
            case WEEK -> date.plusWeeks(direction);
            case MONTH -> date.plusMonths(direction);
        });
    }

    private LocalDate first() {
        return switch (view.getValue().calendarView) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    }

    private LocalDate last() {
        return switch (view.getValue().calendarView) {
            case DAY -> date;
            case WEEK -> first().plusDays(6);
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        };
    }

    void refresh() {
        period.setText(first().equals(last()) ? Show.day(first()) : Show.day(first()) + " – " + Show.day(last()));
        List<ClosureDay> shut = closures.between(first(), last());
        closed.setText(shut.isEmpty() ? "" : "The clinic is closed: " + String.join("; ",
                shut.stream().map(ClosureDay::describe).toList()) + ".");
        closed.setVisible(!shut.isEmpty());
        calendar.setShades(shut.stream().map(closure -> new ClinicCalendar.Shade(closure.firstDay(), closure.lastDay(),
                "Clinic closed: " + closure.name())).toList());
        sheet.setClassName("day-sheet-closed", shut.stream().anyMatch(closure -> closure.covers(date)));
        if (view.getValue() == Period.DAY_BY_THERAPIST) {
            showSideBySide();
            return;
        }
        sheet.setVisible(false);
        calendar.setVisible(true);
        calendar.show(view.getValue().calendarView, date);
        CalendarScope chosen = scope.getValue() == null ? CalendarScope.wholeClinic() : scope.getValue();
        List<Appointment> shown = appointments.find(chosen.query(first(), last()));
        boolean wholeClinic = chosen.therapist() == null;
        calendar.setOptions(optionsFor(shown));
        calendar.setEntries(shown.stream().map(appointment -> entry(appointment, wholeClinic)).toList());
    }

    /**
     * The whole clinic's day with a column per therapist (only the chosen one's, if the calendar is
     * of one therapist), or the columns of the therapists who use the chosen room that day.
     */
    private void showSideBySide() {
        calendar.setVisible(false);
        sheet.setVisible(true);
        CalendarScope chosen = scope.getValue() == null ? CalendarScope.wholeClinic() : scope.getValue();
        List<Appointment> shown = appointments.find(chosen.query(date, date));
        List<TherapistProfile> columns = therapists.therapists().stream()
                .filter(profile -> chosen.therapist() == null ? chosen.room() == null
                        || shown.stream().anyMatch(appointment -> appointment.hasTherapist(profile.staffId()))
                        : profile.staffId().equals(chosen.therapistId()))
                .toList();
        Map<String, Object> hours = optionsFor(shown);
        sheet.show(date, hourOf(hours.get("slotMinTime")), hourOf(hours.get("slotMaxTime")), columns, shown);
    }

    private static int hourOf(Object slotTime) {
        return Integer.parseInt(String.valueOf(slotTime).substring(0, 2));
    }

    DaySheet sheet() {
        return sheet;
    }

    /**
     * The clinic's day, 07:00–21:00, widened to whole hours around any session outside it (an early
     * intensive, an evening session entered afterwards), so that no session is hidden off the grid.
     */
    static Map<String, Object> optionsFor(List<Appointment> shown) {
        int first = FIRST_HOUR;
        int last = LAST_HOUR;
        for (Appointment appointment : shown) {
            first = Math.min(first, appointment.start().getHour());
            boolean endsNextDay = appointment.end().toLocalDate().isAfter(appointment.start().toLocalDate());
            LocalTime end = appointment.end().toLocalTime();
            last = Math.max(last, endsNextDay ? 24 : end.getHour() + (end.equals(end.truncatedTo(ChronoUnit.HOURS)) ? 0 : 1));
        }
        if (first == FIRST_HOUR && last == LAST_HOUR) {
            return OPTIONS;
        }
        Map<String, Object> options = new HashMap<>(OPTIONS);
        options.put("slotMinTime", "%02d:00:00".formatted(first));
        options.put("slotMaxTime", "%02d:00:00".formatted(last));
        return options;
    }

    private ClinicCalendar.Entry entry(Appointment appointment, boolean withTherapist) {
        TherapistProfile therapist = therapists.of(appointment.therapistId());
        String title = appointment.kind().label() + ": " + appointment.coupleName()
                + (withTherapist ? " · " + therapist.name() : "")
                + (appointment.status() == AppointmentStatus.SCHEDULED ? "" : " (" + appointment.status().label() + ")");
        return new ClinicCalendar.Entry(appointment.id().toString(), title, appointment.start(), appointment.end(),
                therapist.colour(), appointment.status() == AppointmentStatus.SCHEDULED && mayChange(appointment));
    }

    private boolean mayChange(Appointment appointment) {
        return currentUser.get().map(me -> me.hasRole(Roles.FRONT_DESK) || me.hasRole(Roles.ADMIN)
                || me.staffId().map(appointment::hasTherapist).orElse(false)).orElse(false);
    }

    void openBooking(LocalDateTime at) {
        bookingDialog(null, at).open();
    }

    private void openBooking(@Nullable TherapistProfile therapist, LocalDateTime at) {
        bookingDialog(therapist, at).open();
    }

    /** Books {@code therapist}, else the calendar's own therapist, else the signed-in therapist. */
    private BookingDialog bookingDialog(@Nullable TherapistProfile therapist, @Nullable LocalDateTime at) {
        CalendarScope chosen = scope.getValue();
        boolean keepsDiary = currentUser.get().map(me -> me.hasRole(Roles.FRONT_DESK) || me.hasRole(Roles.ADMIN))
                .orElse(false);
        List<TherapistProfile> bookable = therapists.therapists();
        // the calendar's own therapist, else the signed-in user if they are one of the therapists (never the front desk)
        TherapistProfile who = therapist != null ? therapist : chosen != null && chosen.therapist() != null ? chosen.therapist()
                : currentUser.get().flatMap(CurrentUser.SignedInAccount::staffId)
                        .flatMap(id -> bookable.stream().filter(profile -> profile.staffId().equals(id)).findFirst())
                        .orElse(null);
        Room where = chosen == null ? null : chosen.room();
        return new BookingDialog(bookings, couples, eligibility, bookable, rooms.rooms(true), keepsDiary,
                booking -> {
                    Feedback.done("Booked: " + booking.first().coupleName() + ", " + Show.when(booking.first().start(),
                            booking.first().end()) + (booking.appointments().size() > 1
                            ? " and " + (booking.appointments().size() - 1) + " more" : "") + "."
                            + (booking.skipped().isEmpty() ? "" : " Skipped, the clinic is closed: " + String.join(", ",
                            booking.skipped().stream().map(day -> Show.day(day.day()) + " (" + day.closure() + ")")
                                    .toList()) + "."));
                    refresh();
                }).preset(at, who, where);
    }

    private void openDetails(UUID appointmentId) {
        Show.attempt(() -> new AppointmentDialog(appointments.get(appointmentId), appointments, bookings, attendance,
                therapists, rooms, couples, eligibility, LocalDateTime.now(clock), this::refresh).open(), Map.of());
    }

    private void moved(UUID appointmentId, LocalDateTime newStart) {
        // a move onto a closure day is not refused (the day is shaded where it was dropped), but it is said
        String closedThen = closures.between(newStart.toLocalDate(), newStart.toLocalDate()).stream().findFirst()
                .map(closure -> " The clinic is closed that day: " + closure.describe() + ".").orElse("");
        String done = "Moved to " + Show.DAY.format(newStart) + ", " + Show.TIME.format(newStart) + "." + closedThen;
        if (Show.attempt(() -> bookings.reschedule(appointmentId, Reschedule.to(newStart)), Map.of(),
                refusal -> new OverrideDialog(refusal.getMessage(), "Move anyway", reason -> {
                    boolean moved = Show.attempt(() -> bookings.reschedule(appointmentId,
                            new Reschedule(newStart, null, null, null, reason, false)), Map.of());
                    if (moved) {
                        Feedback.done(done);
                        refresh();
                    }
                    return moved;
                }).open())) {
            Feedback.done(done);
        }
        refresh();
    }

    ClinicCalendar calendar() {
        return calendar;
    }
}
