package org.imagoclinic.records.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Supplier;
import org.imagoclinic.assessments.SessionNotes;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.records.RecordCopies;
import org.imagoclinic.records.RecordCopies.RecordCopy;
import org.imagoclinic.records.RecordRequest;
import org.imagoclinic.records.RecordRequestKind;
import org.imagoclinic.records.RecordRequests;
import org.imagoclinic.security.RecordKind;

/**
 * The couple page's "Record requests" tab: the partners' requests with their 30-day clock, a button to
 * record one, and, for whoever may make them (ADR 0040), a copy of each partner's record and the joint
 * copy once both partners have asked; the care team decides on corrections here.
 */
@org.springframework.stereotype.Component
class RecordRequestsTab implements CoupleTab {

    private static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.DAY.formatter();

    private final RecordRequests requests;
    private final RecordCopies copies;
    private final SessionNotes notes;
    private final Couples couples;
    private final Clock clock;

    RecordRequestsTab(RecordRequests requests, RecordCopies copies, SessionNotes notes, Couples couples, Clock clock) {
        this.requests = requests;
        this.copies = copies;
        this.notes = notes;
        this.couples = couples;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Record requests";
    }

    @Override
    public int order() {
        return 170;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.COUPLE_CONTACTS;
    }

    @Override
    public Component content(UUID coupleId) {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        fill(content, couples.get(coupleId));
        return content;
    }

    private void fill(VerticalLayout content, Couple couple) {
        content.removeAll();
        Runnable refresh = () -> fill(content, couples.get(couple.id()));
        HorizontalLayout actions = new HorizontalLayout(
                new Button("Record a request", click -> new RequestDialog(couple, requests, clock, refresh).open()));
        for (Partner partner : new Partner[] {couple.partnerA(), couple.partnerB()}) {
            if (copies.mayCopy(couple.id(), partner.personId())) {
                actions.add(download("Copy of " + partner.displayName() + "'s record",
                        () -> copies.partnerCopy(couple.id(), partner.personId())));
            }
        }
        if (copies.mayCopyForCouple(couple.id())) {
            actions.add(download("Joint copy for the couple", () -> copies.coupleCopy(couple.id())));
        }
        content.add(new Paragraph("A partner may ask for a copy of their record, or both for a joint copy; the clinic "
                + "answers within 30 days. A partner's copy never holds the other partner's individual records, "
                + "screens or contact details."), actions, grid(couple, refresh));
    }

    private static String standing(RecordRequest request) {
        if (request.open()) {
            return "Open, due by " + DAY.format(request.dueBy());
        }
        String done = DAY.format(request.fulfilledOn()) + " by " + request.fulfilledBy();
        return request.decision() == null ? "Fulfilled " + done
                : request.decision().label() + " " + done + ": " + request.decisionReason();
    }

    private Grid<RecordRequest> grid(Couple couple, Runnable refresh) {
        Grid<RecordRequest> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> DAY.format(r.receivedOn())).setHeader("Received").setAutoWidth(true);
        grid.addColumn(RecordRequest::partnerName).setHeader("Who asked").setAutoWidth(true);
        grid.addColumn(r -> r.kind().label()).setHeader("For what");
        grid.addColumn(RecordRequestsTab::standing).setHeader("Where it stands");
        if (requests.mayDecide(couple.id())) {
            grid.addComponentColumn(r -> r.open() && r.kind() == RecordRequestKind.CORRECTION
                    ? new Button("Decide", click -> new DecisionDialog(r, requests, notes, refresh).open())
                    : new Span()).setAutoWidth(true);
        }
        grid.setItems(requests.ofCouple(couple.id()));
        grid.setEmptyStateText("No requests on record.");
        return grid;
    }

    private static Anchor download(String label, Supplier<RecordCopy> copy) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            RecordCopy made = copy.get();
            return new DownloadResponse(new ByteArrayInputStream(made.zip()), made.fileName(), "application/zip",
                    made.zip().length);
        }), label);
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }
}
