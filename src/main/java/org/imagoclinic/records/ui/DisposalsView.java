package org.imagoclinic.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.imagoclinic.records.Disposal;
import org.imagoclinic.records.DisposalHold;
import org.imagoclinic.records.DisposalStatus;
import org.imagoclinic.records.RecordDisposals;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * The disposal list (ADR 0049): couples whose retention has ended, or whose erasure a partner asked for
 * where the law allows it. Nothing goes until an administrator approves; a hold keeps the record with a
 * reason, e.g. a legal hold.
 */
@Route("admin/disposals")
@PageTitle("Disposal of records · Imago Clinic")
@Menu(title = "Disposal of records", order = 96, icon = "vaadin:archive")
@RolesAllowed(Roles.ADMIN)
class DisposalsView extends VerticalLayout {

    private static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.DAY.formatter();

    private final transient RecordDisposals disposals;
    private final Grid<Disposal> list = new Grid<>();
    private final Paragraph empty = new Paragraph("No couple's record is waiting for disposal.");

    DisposalsView(RecordDisposals disposals) {
        this.disposals = disposals;
        setSizeFull();
        list.addComponentColumn(entry -> new Anchor("couples/" + entry.coupleId(), entry.coupleName())).setHeader("Couple")
                .setAutoWidth(true);
        list.addColumn(entry -> entry.cause().label()).setHeader("Why").setAutoWidth(true);
        list.addColumn(entry -> DAY.format(entry.retentionEndedOn())).setHeader("Retention ended").setAutoWidth(true);
        list.addColumn(entry -> DAY.format(entry.listedOn())).setHeader("Listed").setAutoWidth(true);
        list.addColumn(entry -> entry.status().label() + (entry.holdReason() == null ? "" : ": " + entry.holdReason()))
                .setHeader("Where it stands").setFlexGrow(2);
        list.addComponentColumn(this::actions).setAutoWidth(true);
        Button listNow = new Button("Look for more now", click -> {
            int[] added = new int[1];
            if (Feedback.attempt(() -> added[0] = disposals.listDue(), Map.of())) {
                Feedback.done(added[0] == 0 ? "No other couple's retention has ended." : added[0] + " couple(s) added.");
            }
            refresh();
        });
        add(new H2("Disposal of records"), new Paragraph("Each night the clinic lists the couples whose every retention"
                + " period has ended (the clinical record, financial records, minors' records where the clinic keeps them"
                + " longer). Approving removes the couple's names, contact details and clinical content from every part"
                + " of the application; the reports keep their counts without identities, and the audit trail keeps"
                + " who approved it and when. It cannot be undone."), listNow, empty, list);
        refresh();
    }

    private HorizontalLayout actions(Disposal entry) {
        HorizontalLayout actions = new HorizontalLayout();
        if (entry.status() == DisposalStatus.APPROVED) {
            actions.add(new Span("Under way"));
            return actions;
        }
        Button approve = new Button("Approve", click -> confirmApproval(entry));
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Button hold = new Button("Hold", click -> askForHold(entry));
        hold.addThemeVariants(ButtonVariant.LUMO_SMALL);
        actions.add(approve);
        if (entry.status() == DisposalStatus.PENDING) {
            actions.add(hold);
        }
        return actions;
    }

    private void confirmApproval(Disposal entry) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Dispose of " + entry.coupleName() + "'s record?");
        dialog.add(new Paragraph("Everything the clinic holds about this couple and its partners goes, in every part of"
                + " the application. This cannot be undone."));
        Button confirm = new Button("Dispose of it", click -> {
            if (Feedback.attempt(() -> disposals.approve(entry.id()), Map.of())) {
                Feedback.done("Disposal of " + entry.coupleName() + "'s record approved.");
            }
            dialog.close();
            refresh();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private void askForHold(Disposal entry) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Hold " + entry.coupleName() + "'s record");
        TextField reason = new TextField("Why it is kept");
        reason.setHelperText("E.g. a legal hold, a complaint or a claim under way.");
        reason.setMaxLength(InputLimits.LINE);
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button("Hold", click -> {
            if (Feedback.attempt(() -> disposals.hold(entry.id(), new DisposalHold(reason.getValue())),
                    Map.of("reason", reason))) {
                dialog.close();
                Feedback.done(entry.coupleName() + "'s record is held.");
                refresh();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        List<Disposal> entries = disposals.list();
        list.setItems(entries);
        empty.setVisible(entries.isEmpty());
        list.setVisible(!entries.isEmpty());
    }
}
