package org.imagoclinic.scheduling.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.imagoclinic.clients.BookingEligibility;
import org.imagoclinic.clients.BookingEligibility.PartnerAtAGlance;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.CoupleSummary;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.Booking;
import org.imagoclinic.scheduling.BookingCheck;
import org.imagoclinic.scheduling.BookingRequest;
import org.imagoclinic.scheduling.Bookings;
import org.imagoclinic.scheduling.Clash;
import org.imagoclinic.scheduling.Frequency;
import org.imagoclinic.scheduling.Recurrence;
import org.imagoclinic.scheduling.Room;
import org.imagoclinic.scheduling.TherapistProfile;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Books a session: kind, couple (searched by name), the partner of an individual session,
 * therapist and an optional second therapist, room or telehealth link, start, length, repeat (a
 * workshop repeated every day is one workshop over consecutive days, with one enrolment list). What would clash or break a rule is
 * shown as the fields change, before anything is saved; when saving fails every field keeps its value.
 * When only working hours or time off stand in the way, the front desk and administrators may
 * "Book anyway" with a reason, which is audited.
 */
class BookingDialog extends Dialog {

    private static final String DOES_NOT_REPEAT = "Does not repeat";

    private final Select<AppointmentKind> kind = new Select<>();
    private final ComboBox<CoupleSummary> couple = new ComboBox<>("Couple");
    private final Select<PartnerAtAGlance> partner = new Select<>();
    private final ComboBox<TherapistProfile> therapist = new ComboBox<>("Therapist");
    private final ComboBox<TherapistProfile> coTherapist = new ComboBox<>("Second therapist (optional)");
    private boolean therapistPicked;
    private final ComboBox<Room> room = new ComboBox<>("Room");
    private final Checkbox telehealth = new Checkbox("Telehealth");
    private final TextField meetingLink = new TextField("Meeting link");
    private final DateTimePicker start = new DateTimePicker("Start");
    private final IntegerField minutes = new IntegerField("Minutes");
    private final TextField title = new TextField("Workshop title");
    private final IntegerField capacity = new IntegerField("Couples");
    private final Select<String> repeat = new Select<>();
    private final IntegerField sessions = new IntegerField("Sessions");
    private final TextField override = new TextField("Reason to book outside working hours");
    private final Checkbox closureAnyway = new Checkbox("Book anyway: the clinic is closed that day");
    private final Div findings = new Div();
    private final Paragraph consentWarning = new Paragraph();
    private final Button book = new Button("Book");

    private final Bookings bookings;
    private final BookingEligibility eligibility;
    private final boolean mayOverride;

    BookingDialog(Bookings bookings, Couples couples, BookingEligibility eligibility, List<TherapistProfile> therapists,
                  List<Room> rooms, boolean mayOverride, Consumer<Booking> booked) {
        meetingLink.setMaxLength(InputLimits.LINK);
        title.setMaxLength(InputLimits.NAME);
        capacity.setMin(1);
        capacity.setMax(BookingRequest.WORKSHOP_CAPACITY);
        override.setMaxLength(InputLimits.LINE);
        this.bookings = bookings;
        this.eligibility = eligibility;
        this.mayOverride = mayOverride;
        setHeaderTitle("Book a session");
        setWidth("46rem");
        kind.setLabel("Kind");
        kind.setItems(AppointmentKind.values());
        kind.setItemLabelGenerator(AppointmentKind::label);
        kind.setValue(AppointmentKind.JOINT);
        couple.setItems(query -> couples.find(new CoupleQuery(blankToNull(query.getFilter().orElse("")), null, null,
                null, null), query.getOffset(), query.getLimit()).stream());
        couple.setItemLabelGenerator(summary -> summary.displayName() + " (" + summary.partnerNames() + ")");
        couple.setPlaceholder("Type a name");
        partner.setLabel("Partner");
        partner.setItemLabelGenerator(PartnerAtAGlance::displayName);
        therapist.setItems(therapists);
        therapist.setItemLabelGenerator(TherapistProfile::name);
        coTherapist.setItems(therapists);
        coTherapist.setItemLabelGenerator(TherapistProfile::name);
        coTherapist.setClearButtonVisible(true);
        room.setItems(rooms);
        room.setItemLabelGenerator(Room::label);
        meetingLink.setPlaceholder("https://");
        start.setStep(java.time.Duration.ofMinutes(15));
        start.setLocale(org.imagoclinic.shared.ui.components.ClinicFormat.clinicLocale());
        minutes.setMin(10);
        minutes.setMax(720);
        minutes.setStepButtonsVisible(true);
        minutes.setStep(5);
        repeat.setLabel("Repeat");
        repeat.setItems(DOES_NOT_REPEAT, Frequency.DAILY.label(), Frequency.WEEKLY.label(), Frequency.FORTNIGHTLY.label());
        repeat.setValue(DOES_NOT_REPEAT);
        sessions.setValue(10);
        sessions.setMin(1);
        sessions.setMax(52);
        override.setVisible(false);
        override.setWidthFull();
        override.setRequired(true);
        findings.setId("booking-check");
        closureAnyway.setId("booking-closure-anyway");
        closureAnyway.setVisible(false);
        consentWarning.setId("booking-consent-warning");
        consentWarning.setVisible(false);

        FormLayout form = new FormLayout(kind, couple, partner, therapist, coTherapist, room, telehealth, meetingLink, start, minutes,
                title, capacity, repeat, sessions, override);
        form.setColspan(override, 2);
        add(form, consentWarning, findings, closureAnyway);
        kind.addValueChangeListener(change -> kindChanged());
        couple.addValueChangeListener(change -> coupleChanged());
        telehealth.addValueChangeListener(change -> placeChanged());
        repeat.addValueChangeListener(change -> repeatChanged());
        therapist.addValueChangeListener(change -> {
            therapistPicked |= change.isFromClient();
            recheck();
        });
        coTherapist.addValueChangeListener(change -> recheck());
        sessions.addValueChangeListener(change -> recheck());
        room.addValueChangeListener(change -> recheck());
        meetingLink.addValueChangeListener(change -> recheck());
        start.addValueChangeListener(change -> recheck());
        minutes.addValueChangeListener(change -> recheck());
        partner.addValueChangeListener(change -> recheck());
        kindChanged();
        placeChanged();
        sessions.setVisible(false);

        book.addClickListener(click -> book(booked));
        book.setId("book-session");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, book);
    }

    /** Fills in what the calendar knows: the slot clicked, and the therapist or room whose calendar it is. */
    BookingDialog preset(@Nullable LocalDateTime at, @Nullable TherapistProfile who, @Nullable Room where) {
        start.setValue(at);
        if (who != null) {
            therapist.setValue(who);
        }
        if (where != null) {
            room.setValue(where);
        }
        return this;
    }

    /** Opens on this couple: their own therapist follows, as when the couple is chosen by hand. */
    BookingDialog forCouple(CoupleSummary chosen) {
        couple.setValue(chosen);
        return this;
    }

    /** Opens on a new workshop: title, places, one or two therapists, a room, and its days. */
    BookingDialog asWorkshop() {
        kind.setValue(AppointmentKind.WORKSHOP);
        setHeaderTitle("New workshop");
        return this;
    }

    private void kindChanged() {
        AppointmentKind chosen = kind.getValue();
        boolean workshop = chosen == AppointmentKind.WORKSHOP;
        couple.setVisible(!workshop);
        partner.setVisible(chosen == AppointmentKind.INDIVIDUAL);
        title.setVisible(workshop);
        capacity.setVisible(workshop);
        minutes.setValue(chosen == null ? null : chosen.defaultMinutes());
        recheck();
    }

    private void coupleChanged() {
        CoupleSummary chosen = couple.getValue();
        consentWarning.setVisible(false);
        if (chosen == null) {
            partner.setItems(List.of());
        } else {
            var glance = eligibility.atAGlance(chosen.id());
            glance.treatmentConsentWarning().ifPresent(warning -> {
                consentWarning.setText(warning);
                consentWarning.setVisible(true);
            });
            partner.setItems(glance.partnerA(), glance.partnerB());
            // the couple's own therapist, unless someone picked a therapist in this dialog
            if (!therapistPicked && glance.openEpisode().isPresent()
                    && glance.openEpisode().get().primaryTherapistId() != null) {
                UUID primary = glance.openEpisode().get().primaryTherapistId();
                therapist.getListDataView().getItems().filter(profile -> profile.staffId().equals(primary)).findFirst()
                        .ifPresent(therapist::setValue);
            }
        }
        recheck();
    }

    /** A workshop repeated every day is one workshop over consecutive days: the count is of days then. */
    private void repeatChanged() {
        boolean repeats = !DOES_NOT_REPEAT.equals(repeat.getValue());
        boolean daily = Frequency.DAILY.label().equals(repeat.getValue());
        sessions.setVisible(repeats);
        sessions.setLabel(daily ? "Days" : "Sessions");
        if (daily && (sessions.getValue() == null || sessions.getValue() > 5)) {
            sessions.setValue(2);
        }
        recheck();
    }

    private void placeChanged() {
        room.setVisible(!telehealth.getValue());
        meetingLink.setVisible(telehealth.getValue());
        recheck();
    }

    BookingRequest request() {
        boolean online = telehealth.getValue();
        Recurrence recurrence = switch (repeat.getValue() == null ? "" : repeat.getValue()) {
            case "Every day" -> new Recurrence(Frequency.DAILY, sessions.getValue(), null);
            case "Weekly" -> new Recurrence(Frequency.WEEKLY, sessions.getValue(), null);
            case "Every two weeks" -> new Recurrence(Frequency.FORTNIGHTLY, sessions.getValue(), null);
            default -> null;
        };
        AppointmentKind chosen = kind.getValue();
        boolean workshop = chosen == AppointmentKind.WORKSHOP;
        return new BookingRequest(chosen, workshop || couple.getValue() == null ? null : couple.getValue().id(),
                chosen == AppointmentKind.INDIVIDUAL && partner.getValue() != null ? partner.getValue().personId() : null,
                therapist.getValue() == null ? null : therapist.getValue().staffId(),
                coTherapist.getValue() == null ? null : coTherapist.getValue().staffId(),
                online || room.getValue() == null ? null : room.getValue().id(), start.getValue(), null,
                minutes.getValue(), online, online ? meetingLink.getValue() : null, workshop ? title.getValue() : null,
                workshop ? capacity.getValue() : null, recurrence,
                override.isVisible() ? blankToNull(override.getValue()) : null,
                closureAnyway.isVisible() && closureAnyway.getValue());
    }

    /** Shows what would stand in the way, once the request is complete enough to ask. */
    private void recheck() {
        try {
            show(bookings.check(request().onClosureDay(false)));
        } catch (InvalidInputException notYet) {
            findings.removeAll();
        } catch (RuntimeException unknown) {
            findings.removeAll();
        }
    }

    private void show(BookingCheck check) {
        findings.removeAll();
        boolean offerOverride = mayOverride && !check.ruleProblems().isEmpty() && check.overridable();
        override.setVisible(offerOverride);
        book.setText(offerOverride ? "Book anyway" : "Book");
        showClosures(check);
        if (check.clear()) {
            findings.add(new Paragraph("Free: nothing clashes."));
            return;
        }
        if (check.clashes().isEmpty() && check.ruleProblems().isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        check.clashes().stream().map(Clash::description).distinct().forEach(text -> list.add(new ListItem(text)));
        check.ruleProblems().forEach(text -> list.add(new ListItem(text)));
        findings.add(new Paragraph(check.clashes().isEmpty() ? "Before you book:" : "This clashes:"), list);
    }

    /** A single session on a closure day asks for "book anyway"; a series says which days it skips, and why. */
    private void showClosures(BookingCheck check) {
        closureAnyway.setVisible(check.closure() != null);
        if (check.closure() == null) {
            closureAnyway.setValue(false);
        } else {
            Paragraph closed = new Paragraph("The clinic is closed on " + check.closure().describe()
                    + ". Book on this day only if the session really takes place.");
            closed.setId("booking-closure-warning");
            findings.add(closed);
        }
        if (!check.skipped().isEmpty()) {
            UnorderedList days = new UnorderedList();
            check.skipped().forEach(day -> days.add(new ListItem(Show.day(day.day()) + " (" + day.closure() + ")")));
            Paragraph skipped = new Paragraph("The series skips " + (check.skipped().size() == 1 ? "a day"
                    : check.skipped().size() + " days") + " the clinic is closed" + (sessions.isVisible()
                    && repeat.getValue() != null && !DOES_NOT_REPEAT.equals(repeat.getValue())
                    ? " and runs on to keep " + sessions.getValue() + " sessions:" : ":"));
            Div box = new Div(skipped, days);
            box.setId("booking-skipped-days");
            findings.add(box);
        }
    }

    private void book(Consumer<Booking> booked) {
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("kind", kind), Map.entry("coupleId", couple),
                Map.entry("partnerId", partner), Map.entry("therapistId", therapist), Map.entry("coTherapistId", coTherapist), Map.entry("roomId", room),
                Map.entry("meetingLink", meetingLink), Map.entry("start", start), Map.entry("durationMinutes", minutes),
                Map.entry("end", minutes), Map.entry("title", title), Map.entry("capacity", capacity),
                Map.entry("recurrence.occurrences", sessions), Map.entry("hoursOverrideReason", override));
        Show.attempt(() -> {
            BookingRequest request = request();
            BookingCheck check = bookings.check(request.onClosureDay(false));
            show(check);
            if (check.closure() != null && !request.onClosureDayRequested()) {
                closureAnyway.focus();
                return;
            }
            boolean overridden = check.overridable() && request.hoursOverrideReason() != null;
            if (check.clashes().isEmpty() && !check.ruleProblems().isEmpty() && override.isVisible() && !overridden) {
                override.setErrorMessage("Give a reason to book outside working hours: it is kept in the audit trail.");
                override.setInvalid(true);
                return;
            }
            if (!check.clashes().isEmpty() || (!check.ruleProblems().isEmpty() && !overridden)) {
                return;
            }
            Booking booking = bookings.book(request);
            close();
            booked.accept(booking);
        }, fields);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
