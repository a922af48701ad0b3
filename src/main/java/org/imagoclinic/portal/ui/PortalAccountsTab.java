package org.imagoclinic.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.portal.PortalAccount;
import org.imagoclinic.portal.PortalAccountStatus;
import org.imagoclinic.portal.PortalAccounts;
import org.imagoclinic.portal.SessionRequest;
import org.imagoclinic.portal.SessionRequests;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ui.components.Confirm;
import org.imagoclinic.shared.ui.components.Feedback;
import org.jspecify.annotations.Nullable;

/**
 * The couple page's "Portal" tab: per partner, whether they are invited to the portal, have signed in
 * or are switched off; the front desk and therapists invite, send the invitation again and disable. Below,
 * the partners' requests to cancel or move a session, which the front desk marks done once acted on.
 */
@org.springframework.stereotype.Component
class PortalAccountsTab implements CoupleTab {

    private static final DateTimeFormatter WHEN = org.imagoclinic.shared.ui.components.ClinicFormat.DAY_AND_TIME.formatter();

    private final Couples couples;
    private final PortalAccounts accounts;
    private final SessionRequests requests;
    private final CurrentUser currentUser;
    private final Clock clock;

    PortalAccountsTab(Couples couples, PortalAccounts accounts, SessionRequests requests, CurrentUser currentUser,
                      Clock clock) {
        this.couples = couples;
        this.accounts = accounts;
        this.requests = requests;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Portal";
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.COUPLE_CONTACTS;
    }

    @Override
    public Component content(UUID coupleId) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.setId("portal-accounts");
        fill(layout, coupleId);
        return layout;
    }

    private void fill(VerticalLayout layout, UUID coupleId) {
        layout.removeAll();
        Couple couple = couples.get(coupleId);
        List<PortalAccount> all = accounts.ofCouple(coupleId);
        boolean inviter = currentUser.get().map(me -> me.hasRole(Roles.FRONT_DESK) || me.hasRole(Roles.THERAPIST))
                .orElse(false);
        layout.add(new Paragraph("Each partner signs in to their own portal with a one-time link sent to their email "
                + "address on record (a partner marked safe contact only: to their safe email address), and may add a "
                + "password and a code from an app. Neither sees the other's entries or contact details."));
        for (Partner partner : List.of(couple.partnerA(), couple.partnerB())) {
            Optional<PortalAccount> account = all.stream().filter(a -> a.personId().equals(partner.personId())).findFirst();
            layout.add(partnerRow(layout, coupleId, partner, account.orElse(null), inviter));
        }
        List<SessionRequest> asked = requests.ofCouple(coupleId);
        if (!asked.isEmpty()) {
            boolean desk = currentUser.get().map(me -> me.hasRole(Roles.FRONT_DESK) || me.hasRole(Roles.ADMIN)).orElse(false);
            layout.add(new H4("Requests from partners"));
            asked.forEach(request -> layout.add(requestRow(layout, couple, request, desk)));
        }
    }

    private Component requestRow(VerticalLayout layout, Couple couple, SessionRequest request, boolean desk) {
        String who = couple.partnerA().personId().equals(request.personId()) ? couple.partnerA().displayName()
                : couple.partnerB().displayName();
        Span text = new Span(who + " asks to " + (request.kind() == SessionRequest.Kind.CANCEL ? "cancel" : "move")
                + " the session of " + when(request.sessionStart()) + " (asked " + when(request.requestedAt()) + "). "
                + request.notice() + (request.note().isEmpty() ? "" : " “" + request.note() + "”"));
        text.addClassName("portal-session-request");
        HorizontalLayout row = new HorizontalLayout(text);
        row.setWidthFull();
        if (request.handledAt() != null) {
            row.add(new Span("Done " + when(request.handledAt()) + " by " + request.handledBy() + "."));
        } else if (desk) {
            row.add(button("portal-request-done-" + request.id(), "Mark as done", () -> requests.markHandled(request.id()),
                    layout, couple.id()));
        }
        return row;
    }

    private Component partnerRow(VerticalLayout layout, UUID coupleId, Partner partner, @Nullable PortalAccount account,
                                 boolean inviter) {
        String id = "portal-" + partner.slot().name().toLowerCase(Locale.ROOT);
        Span status = new Span(describe(account));
        status.setId(id + "-status");
        VerticalLayout row = new VerticalLayout(new H4(partner.displayName()), status);
        row.setPadding(false);
        row.setSpacing(false);
        if (!inviter) {
            return row;
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (account == null || account.status() == PortalAccountStatus.DISABLED) {
            actions.add(button(id + "-invite", "Invite to the portal", () -> {
                accounts.invite(coupleId, partner.personId());
                Feedback.done("Invitation to " + partner.displayName() + " is on its way.");
            }, layout, coupleId));
        } else {
            actions.add(button(id + "-resend", "Send the invitation again", () -> {
                accounts.resend(account.id());
                Feedback.done("A new invitation to " + partner.displayName() + " is on its way.");
            }, layout, coupleId));
            Button disable = new Button("Disable portal account", click -> Confirm.ask("Disable "
                            + partner.displayName() + "'s portal account?",
                    "Their sign-in links stop working at once and they are signed out at their next step. You can invite "
                            + "them again later.", "Disable", "Keep it", () -> {
                        if (Feedback.attempt(() -> accounts.disable(account.id()), Map.of())) {
                            Feedback.done(partner.displayName() + "'s portal account is disabled.");
                            fill(layout, coupleId);
                        }
                    }));
            if (account.secondFactor()) {
                Button reset = new Button("Reset the code from their app", click -> Confirm.ask("Reset "
                                + partner.displayName() + "'s second factor?",
                        "Only when the partner asked for it themselves, for example by phone after you checked who is "
                                + "calling: their sign-in then asks for no code until they add their app again.", "Reset",
                        "Keep it", () -> {
                            if (Feedback.attempt(() -> accounts.resetSecondFactor(account.id()), Map.of())) {
                                Feedback.done(partner.displayName() + "'s sign-in asks for no code now.");
                                fill(layout, coupleId);
                            }
                        }));
                reset.setId(id + "-reset-second-factor");
                actions.add(reset);
            }
            disable.setId(id + "-disable");
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(disable);
        }
        row.add(actions);
        return row;
    }

    private Button button(String id, String label, Runnable call, VerticalLayout layout, UUID coupleId) {
        Button button = new Button(label, click -> {
            if (Feedback.attempt(call, Map.of())) {
                fill(layout, coupleId);
            }
        });
        button.setId(id);
        return button;
    }

    private String describe(@Nullable PortalAccount account) {
        if (account == null) {
            return "Not invited.";
        }
        return switch (account.status()) {
            case INVITED -> "Invited " + when(account.invitedAt()) + " by " + account.invitedBy() + " at " + account.email()
                    + (account.invitations() > 1 ? " (" + account.invitations() + " invitations)" : "")
                    + "; not signed in yet.";
            case ACTIVE -> "Uses the portal at " + account.email() + "; last signed in "
                    + when(account.lastSignInAt()) + "." + (account.password() ? " Has a password." : "")
                    + (account.secondFactor() ? " Signs in with a code from an app." : "");
            case DISABLED -> "Portal account disabled " + when(account.disabledAt()) + " by " + account.disabledBy() + ".";
        };
    }

    private String when(@Nullable Instant instant) {
        return instant == null ? "–" : WHEN.format(instant.atZone(clock.getZone()));
    }
}
