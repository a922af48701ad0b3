package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.imagoclinic.portal.PortalBoundary;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.portal.PortalSessions;
import org.imagoclinic.portal.SessionRequest;
import org.imagoclinic.scheduling.AppointmentKind;
import org.imagoclinic.scheduling.PartnerSessions.PartnerSession;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.ui.components.Feedback;

/**
 * A partner's upcoming sessions (phone first), each with "Add to calendar" and a request to cancel or
 * move it that shows the clinic's late-cancellation window before it is sent.
 */
@Route(value = "portal/sessions", autoLayout = false)
@PageTitle("Your sessions · Imago Clinic")
@RolesAllowed(PortalBoundary.PARTNER_ROLE)
class PortalSessionsView extends PartnerPortalView {

    private static final DateTimeFormatter DAY = org.imagoclinic.shared.ui.components.ClinicFormat.LONG_WEEKDAY_AND_TIME.formatter();
    private static final DateTimeFormatter TIME = org.imagoclinic.shared.ui.components.ClinicFormat.TIME.formatter();

    private final PortalSessions sessions;
    private final Clock clock;

    PortalSessionsView(PortalSession session, PortalSessions sessions, Clock clock) {
        super(session, "Your sessions");
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    void addContent() {
        List<PartnerSession> upcoming = sessions.upcoming();
        if (upcoming.isEmpty()) {
            add(new Paragraph("No sessions are booked for you at the moment."));
        }
        upcoming.forEach(one -> add(card(one)));
    }

    private Div card(PartnerSession one) {
        ZonedDateTime start = one.start().atZone(clock.getZone());
        H3 when = new H3(start.format(DAY) + "–" + one.end().atZone(clock.getZone()).format(TIME));
        Paragraph what = new Paragraph(kind(one.kind()) + (one.place().isBlank() ? "" : " · " + one.place()));
        Anchor calendar = new Anchor("/api/portal/sessions/" + one.appointmentId() + ".ics", "Add to calendar");
        calendar.getElement().setAttribute("download", "session.ics");
        calendar.setRouterIgnore(true);
        Button ask = new Button("Ask to cancel or move");
        ask.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div card = new Div(when, what, calendar, new Div(ask));
        card.addClassName("portal-session");
        card.getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)").set("padding-bottom", "var(--lumo-space-m)")
                .set("width", "100%");
        ask.addClickListener(click -> {
            ask.setVisible(false);
            card.add(requestForm(one));
        });
        return card;
    }

    private VerticalLayout requestForm(PartnerSession one) {
        Paragraph notice = new Paragraph(sessions.cancellationNotice(one.appointmentId()).describe());
        notice.addClassName("portal-cancellation-notice");
        RadioButtonGroup<SessionRequest.Kind> kind = new RadioButtonGroup<>("What would you like?");
        kind.setItems(SessionRequest.Kind.values());
        kind.setItemLabelGenerator(SessionRequest.Kind::label);
        kind.setValue(SessionRequest.Kind.MOVE);
        TextArea note = new TextArea("Anything the front desk should know (optional)");
        note.setMaxLength(InputLimits.LINE);
        note.setWidthFull();
        Button send = new Button("Send request to the front desk");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(notice, kind, note, send);
        form.setPadding(false);
        send.addClickListener(click -> {
            if (Feedback.attempt(() -> sessions.requestChange(one.appointmentId(), kind.getValue(), note.getValue()),
                    Map.of("note", note))) {
                form.removeAll();
                form.add(new Paragraph("Your request is with the front desk; they will get in touch with you."));
            }
        });
        return form;
    }

    private static String kind(AppointmentKind kind) {
        return kind == AppointmentKind.JOINT ? "Couple session" : kind.label();
    }
}
