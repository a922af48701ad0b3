package org.imagoclinic.shared.ui.components;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A day, week or month calendar (FullCalendar's MIT core with its day-grid, time-grid and
 * interaction plugins). Times are the clinic's wall-clock times ({@link LocalDateTime}); the
 * browser shows them as they are, whatever its own time zone. Clicking an empty slot, dragging an
 * entry and paging through dates come back as events; the server then sends the entries as they
 * now are.
 */
@Tag("imago-calendar")
@NpmPackage(value = "@fullcalendar/core", version = "6.1.20")
@NpmPackage(value = "@fullcalendar/daygrid", version = "6.1.20")
@NpmPackage(value = "@fullcalendar/timegrid", version = "6.1.20")
@NpmPackage(value = "@fullcalendar/interaction", version = "6.1.20")
@JsModule("./components/imago-calendar.ts")
public class ClinicCalendar extends Component implements HasSize {

    /** The views the calendar offers. */
    public enum View {
        DAY("timeGridDay"), WEEK("timeGridWeek"), MONTH("dayGridMonth");

        private final String fullCalendarName;

        View(String fullCalendarName) {
            this.fullCalendarName = fullCalendarName;
        }
    }

    /**
     * One entry on the calendar.
     *
     * @param id given back when the entry is clicked or moved
     * @param colour a CSS colour, e.g. the therapist's
     * @param movable whether it may be dragged
     */
    public record Entry(String id, String title, LocalDateTime start, LocalDateTime end, @Nullable String colour,
                        boolean movable) {
    }

    /**
     * Days shaded behind the entries with a label, e.g. the days the clinic is closed.
     *
     * @param last the last day shaded (the first day again for one day)
     */
    public record Shade(LocalDate first, LocalDate last, String label) {
    }

    private List<Entry> entries = List.of();
    private List<Shade> shades = List.of();
    private View view = View.WEEK;

    public ClinicCalendar() {
        setWidthFull();
        setHeight("640px");
    }

    /** Replaces the entries shown. */
    public void setEntries(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        send();
    }

    /** Replaces the shaded days. */
    public void setShades(List<Shade> shades) {
        this.shades = List.copyOf(shades);
        send();
    }

    public List<Shade> getShades() {
        return shades;
    }

    private void send() {
        List<Map<String, Object>> json = new ArrayList<>(shades.stream().map(ClinicCalendar::toJson).toList());
        entries.stream().map(ClinicCalendar::toJson).forEach(json::add);
        getElement().setProperty("events", JsonMapper.shared().writeValueAsString(json));
    }

    public List<Entry> getEntries() {
        return entries;
    }

    /** Switches the view, showing the period around {@code date}. */
    public void show(View view, LocalDate date) {
        this.view = view;
        getElement().callJsFunction("changeView", view.fullCalendarName, date.toString());
    }

    public View getView() {
        return view;
    }

    /** FullCalendar options by name, e.g. {@code slotMinTime}, {@code locale}. */
    public void setOptions(Map<String, Object> options) {
        getElement().setProperty("options", JsonMapper.shared().writeValueAsString(options));
    }

    public Registration addSlotClickListener(ComponentEventListener<SlotClickEvent> listener) {
        return addListener(SlotClickEvent.class, listener);
    }

    public Registration addEntryClickListener(ComponentEventListener<EntryClickEvent> listener) {
        return addListener(EntryClickEvent.class, listener);
    }

    public Registration addEntryMoveListener(ComponentEventListener<EntryMoveEvent> listener) {
        return addListener(EntryMoveEvent.class, listener);
    }

    public Registration addRangeChangeListener(ComponentEventListener<RangeChangeEvent> listener) {
        return addListener(RangeChangeEvent.class, listener);
    }

    private static Map<String, Object> toJson(Entry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entry.id());
        json.put("title", entry.title());
        json.put("start", entry.start().toString());
        json.put("end", entry.end().toString());
        json.put("editable", entry.movable());
        if (entry.colour() != null) {
            json.put("backgroundColor", entry.colour());
            json.put("borderColor", entry.colour());
        }
        return json;
    }

    /**
     * A shade is an all-day background event: the month shades its days' cells, and the day and week views
     * their columns (FullCalendar draws an all-day background event in the time grid too).
     */
    private static Map<String, Object> toJson(Shade shade) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", "shade-" + shade.first());
        json.put("title", shade.label());
        json.put("allDay", true);
        json.put("start", shade.first().toString());
        json.put("end", shade.last().plusDays(1).toString());
        json.put("display", "background");
        json.put("classNames", List.of("imago-shade"));
        json.put("editable", false);
        return json;
    }

    private static LocalDateTime time(String wallClock) {
        return LocalDateTime.parse(wallClock);
    }

    /** An empty slot was clicked: book something there. */
    @DomEvent("imago-date-click")
    public static class SlotClickEvent extends ComponentEvent<ClinicCalendar> {
        private final LocalDateTime start;

        public SlotClickEvent(ClinicCalendar source, boolean fromClient, @EventData("event.detail.date") String date) {
            super(source, fromClient);
            this.start = time(date);
        }

        public LocalDateTime getStart() {
            return start;
        }
    }

    /** An entry was clicked: show its details and actions. */
    @DomEvent("imago-entry-click")
    public static class EntryClickEvent extends ComponentEvent<ClinicCalendar> {
        private final String entryId;

        public EntryClickEvent(ClinicCalendar source, boolean fromClient, @EventData("event.detail.id") String entryId) {
            super(source, fromClient);
            this.entryId = entryId;
        }

        public String getEntryId() {
            return entryId;
        }
    }

    /** An entry was dragged to a new time; the server decides whether it may move there. */
    @DomEvent("imago-entry-drop")
    public static class EntryMoveEvent extends ComponentEvent<ClinicCalendar> {
        private final String entryId;
        private final LocalDateTime start;
        private final LocalDateTime end;

        public EntryMoveEvent(ClinicCalendar source, boolean fromClient, @EventData("event.detail.id") String entryId,
                              @EventData("event.detail.start") String start, @EventData("event.detail.end") String end) {
            super(source, fromClient);
            this.entryId = entryId;
            this.start = time(start);
            this.end = time(end);
        }

        public String getEntryId() {
            return entryId;
        }

        public LocalDateTime getStart() {
            return start;
        }

        public LocalDateTime getEnd() {
            return end;
        }
    }

    /** The visible dates changed: load the entries for them. */
    @DomEvent("imago-dates-set")
    public static class RangeChangeEvent extends ComponentEvent<ClinicCalendar> {
        private final LocalDateTime start;
        private final LocalDateTime end;

        public RangeChangeEvent(ClinicCalendar source, boolean fromClient, @EventData("event.detail.start") String start,
                                @EventData("event.detail.end") String end) {
            super(source, fromClient);
            this.start = time(start);
            this.end = time(end);
        }

        /** The first moment shown. */
        public LocalDateTime getStart() {
            return start;
        }

        /** The moment after the last one shown. */
        public LocalDateTime getEnd() {
            return end;
        }
    }
}
