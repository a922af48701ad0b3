package org.imagoclinic.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.imagoclinic.security.internal.ApiTokens;
import org.imagoclinic.security.internal.ApiTokens.LiveToken;
import org.imagoclinic.shared.ui.components.Confirm;

/**
 * The signed-in user's API tokens that still work (ADR 0019): when each was issued and until when it
 * works, and a way to end one at once, e.g. for a program on a lost laptop.
 */
@Route("api-tokens")
@PageTitle("API tokens · Imago Clinic")
@PermitAll
class ApiTokensView extends VerticalLayout {

    private final ApiTokens tokens;
    private final DateTimeFormatter when;
    private final Grid<LiveToken> live = new Grid<>();

    ApiTokensView(ApiTokens tokens, Clock clinicClock) {
        this.tokens = tokens;
        this.when = org.imagoclinic.shared.ui.components.ClinicFormat.DAY_AND_TIME.formatter().withZone(clinicClock.getZone());
        setMaxWidth("44rem");
        add(new H2("API tokens"), new Paragraph("A program that uses the clinic's API with your sign-in gets a token "
                + "that works for some hours, until the time shown. End a token here if that program should stop "
                + "at once. Changing your password ends them all."));
        live.addColumn(token -> format(token.issuedAt())).setHeader("Issued");
        live.addColumn(token -> format(token.expiresAt())).setHeader("Works until");
        live.addComponentColumn(this::endButton).setAutoWidth(true).setFlexGrow(0);
        live.setEmptyStateText("No API token of yours works at the moment.");
        live.setAllRowsVisible(true);
        add(live);
        load();
    }

    private Button endButton(LiveToken token) {
        Button end = new Button("End now…", click -> Confirm.ask("End this API token?",
                "The program using the token issued " + format(token.issuedAt())
                        + " is refused from its next call and must sign in again.", "End the token", "Keep it", () -> {
                    if (tokens.endOwnToken(token.id())) {
                        Notification.show("The token has ended.", 4000, Notification.Position.TOP_CENTER)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    }
                    load();
                }));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return end;
    }

    private String format(Instant instant) {
        return when.format(instant);
    }

    private void load() {
        live.setItems(tokens.ownLiveTokens());
    }
}
