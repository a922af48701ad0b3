package org.imagoclinic.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditNames;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.audit.ReadableAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The audit trail for administrators and supervisors: filter by person, couple, action and
 * dates; newest first, paged lazily from the database; CSV export of what the filters show
 * (the export is itself recorded). Role names are spelled out: audit sits below security.
 */
@Route("audit")
@PageTitle("Audit trail · Imago Clinic")
@Menu(title = "Audit trail", order = 95, icon = "vaadin:clipboard-text")
@RolesAllowed({"ADMIN", "SUPERVISOR"})
class AuditLogView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = org.imagoclinic.shared.ui.components.ClinicFormat.DAY_AND_TIME_TO_THE_SECOND.formatter();

    private final TextField person = new TextField("Person");
    private final ComboBox<AuditNames.NamedCouple> couple = new ComboBox<>("Couple");
    private final ComboBox<AuditAction> action = new ComboBox<>("Action");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Grid<AuditLogEntry> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<AuditLogEntry, Void, AuditQuery> entries;

    private final transient List<AuditNames> names;
    private final Map<UUID, String> known = new HashMap<>();

    AuditLogView(AuditLog log, Clock clock, ObjectProvider<AuditNames> names) {
        this.names = names.orderedStream().toList();
        setSizeFull();
        entries = new CallbackDataProvider<AuditLogEntry, AuditQuery>(
                query -> log.find(query.getFilter().orElse(AuditQuery.all()), query.getOffset(), query.getLimit()).stream(),
                query -> log.count(query.getFilter().orElse(AuditQuery.all())))
                .withConfigurableFilter();
        configureFilters();
        configureGrid(clock);

        Anchor export = new Anchor(exportHandler(log), "");
        export.add(new Button("Export CSV"));
        export.getElement().setAttribute("download", true);

        Button breakGlass = new Button("Break-glass only", click -> action.setValue(AuditAction.BREAK_GLASS));
        breakGlass.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout filters = new HorizontalLayout(person, couple, action, from, to, breakGlass, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, grid);
        applyFilters();
    }

    private DownloadHandler exportHandler(AuditLog log) {
        return event -> {
            event.setFileName("audit-trail.csv");
            event.setContentType("text/csv;charset=UTF-8");
            log.exportCsv(currentQuery().orElse(AuditQuery.all()), event.getWriter());
        };
    }

    private void configureFilters() {
        person.setPlaceholder("user name");
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        couple.setClearButtonVisible(true);
        couple.setPlaceholder("type a name");
        couple.setItemLabelGenerator(AuditNames.NamedCouple::name);
        couple.setItems(query -> names.stream().flatMap(source -> source.couplesNamed(query.getFilter().orElse(""),
                        query.getOffset() + query.getLimit()).stream()).skip(query.getOffset()).limit(query.getLimit()));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditAction::label);
        action.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        person.addValueChangeListener(change -> applyFilters());
        couple.addValueChangeListener(change -> applyFilters());
        action.addValueChangeListener(change -> applyFilters());
        from.addValueChangeListener(change -> applyFilters());
        to.addValueChangeListener(change -> applyFilters());
    }

    private void configureGrid(Clock clock) {
        grid.addColumn(entry -> WHEN.format(entry.occurredAt().atZoneSameInstant(clock.getZone())))
                .setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::who).setHeader("Who").setAutoWidth(true);
        grid.addColumn(entry -> entry.action().label()).setHeader("Action").setAutoWidth(true);
        grid.addColumn(this::record).setHeader("Record");
        grid.addComponentColumn(AuditLogView::outcomeBadge).setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> Optional.ofNullable(entry.reason()).orElse("")).setHeader("Reason");
        grid.addColumn(entry -> Optional.ofNullable(ReadableAddress.of(entry.ipAddress())).orElse(""))
                .setHeader("IP address")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setDataProvider(entries);
        grid.setSizeFull();
        grid.setEmptyStateText("No audit entries match these filters.");
    }

    private static Span outcomeBadge(AuditLogEntry entry) {
        boolean denied = entry.outcome() == AuditOutcome.DENIED;
        Span badge = new Span(denied ? "Denied" : "Allowed");
        badge.getElement().getThemeList().add(denied ? "badge error" : "badge success");
        return badge;
    }

    private void applyFilters() {
        entries.setFilter(currentQuery().orElseThrow());
    }

    /** The filters as a query. */
    private Optional<AuditQuery> currentQuery() {
        UUID coupleId = couple.getValue() == null ? null : couple.getValue().id();
        return Optional.of(new AuditQuery(person.getValue(), null, coupleId, action.getValue(), from.getValue(),
                to.getValue()));
    }

    /** "Priya Shah (pshah)": the person by name, with the user name they signed in with. */
    String who(AuditLogEntry entry) {
        return entry.staffId() == null ? entry.username()
                : name(entry.staffId(), AuditNames::person).map(name -> name + " (" + entry.username() + ")")
                .orElse(entry.username());
    }

    /**
     * The record in words: "staff member Priya Shah", "couple Baker &amp; Cole", or the kind of record with the
     * couple it belongs to ("SessionNote of couple Baker &amp; Cole"); an id only where no name is known.
     */
    String record(AuditLogEntry entry) {
        if (entry.subjectType() == null) {
            return entry.coupleId() == null ? "" : "couple " + coupleName(entry.coupleId());
        }
        UUID subject = uuid(entry.subjectId());
        if (subject != null && entry.subjectType().equals("StaffMember")) {
            return "staff member " + name(subject, AuditNames::person).orElse(entry.subjectId());
        }
        if (subject != null && entry.subjectType().equals("Couple")) {
            return "couple " + coupleName(subject);
        }
        String kind = entry.subjectType() + (entry.subjectId() == null ? "" : " " + entry.subjectId());
        return entry.coupleId() == null ? kind : kind + " of couple " + coupleName(entry.coupleId());
    }

    private String coupleName(UUID coupleId) {
        return name(coupleId, AuditNames::couple).orElse(coupleId.toString());
    }

    private Optional<String> name(UUID id, java.util.function.BiFunction<AuditNames, UUID, Optional<String>> lookup) {
        String cached = known.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> found = names.stream().map(source -> lookup.apply(source, id)).flatMap(Optional::stream).findFirst();
        found.ifPresent(name -> known.put(id, name));
        return found;
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
