package org.imagoclinic.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.shared.ui.components.Feedback;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessagePreferences;
import org.imagoclinic.notifications.Outbox;
import org.imagoclinic.notifications.OutboxMessage;
import org.imagoclinic.notifications.OutboxQuery;
import org.imagoclinic.notifications.PartnerPreferences;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;

/**
 * The couple page's "Messages" tab: for each partner, the consent per channel, the preferred channel
 * and a safe contact (the front desk and administrators change them), and the couple's messages
 * from the outbox.
 */
@org.springframework.stereotype.Component
class MessagesTab implements CoupleTab {

    private final Couples couples;
    private final MessagePreferences preferences;
    private final Outbox outbox;
    private final CurrentUser currentUser;
    private final Clock clock;

    MessagesTab(Couples couples, MessagePreferences preferences, Outbox outbox, CurrentUser currentUser, Clock clock) {
        this.couples = couples;
        this.preferences = preferences;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Messages";
    }

    @Override
    public int order() {
        return 140;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.COUPLE_CONTACTS;
    }

    @Override
    public Component content(UUID coupleId) {
        Couple couple = couples.get(coupleId);
        boolean desk = currentUser.get().map(me -> me.hasRole(Roles.FRONT_DESK) || me.hasRole(Roles.ADMIN)).orElse(false);
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new Paragraph("Messages carry only the day, time and place of a session and the clinic's contact; "
                + "an individual session is announced only to the partner who comes."));
        layout.add(partnerForm(couple, couple.partnerA(), desk), partnerForm(couple, couple.partnerB(), desk));
        if (desk) {
            Grid<OutboxMessage> grid = MessagesUi.outboxGrid(clock.getZone(), Map.of(
                    couple.partnerA().personId(), couple.partnerA().displayName(),
                    couple.partnerB().personId(), couple.partnerB().displayName()));
            grid.setId("couple-messages");
            grid.setItems(outbox.find(new OutboxQuery(coupleId, null, null, null)));
            grid.setAllRowsVisible(true);
            grid.setEmptyStateText("No messages yet: they are planned when a session is booked.");
            layout.add(new H4("Messages"), grid);
        }
        return layout;
    }

    private Component partnerForm(Couple couple, Partner partner, boolean desk) {
        PartnerPreferences current = preferences.of(partner.personId());
        Checkbox email = new Checkbox("Email", current.emailConsent());
        Checkbox text = new Checkbox("Text message", current.textConsent());
        RadioButtonGroup<Channel> preferred = new RadioButtonGroup<>("Preferred");
        preferred.setItems(Channel.values());
        preferred.setItemLabelGenerator(Channel::label);
        preferred.setValue(current.preferredChannel());
        Checkbox safeOnly = new Checkbox("Safe contact only", current.safeContactOnly());
        Select<Channel> safeChannel = new Select<>();
        safeChannel.setLabel("Safe channel");
        safeChannel.setItems(Channel.values());
        safeChannel.setItemLabelGenerator(Channel::label);
        safeChannel.setValue(current.safeChannel());
        TextField safeAddress = new TextField("Safe address or number");
        safeAddress.setValue(current.safeAddress() == null ? "" : current.safeAddress());
        safeChannel.setVisible(current.safeContactOnly());
        safeAddress.setVisible(current.safeContactOnly());
        safeOnly.addValueChangeListener(change -> {
            safeChannel.setVisible(change.getValue());
            safeAddress.setVisible(change.getValue());
        });
        HorizontalLayout consent = new HorizontalLayout(email, text, preferred);
        consent.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout safe = new HorizontalLayout(safeOnly, safeChannel, safeAddress);
        safe.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout form = new VerticalLayout(new H4(partner.displayName()), consent, safe);
        form.setPadding(false);
        form.setSpacing(false);
        String id = "messages-" + partner.slot().name().toLowerCase(java.util.Locale.ROOT);
        email.setId(id + "-email");
        text.setId(id + "-text");
        safeOnly.setId(id + "-safe");
        safeAddress.setId(id + "-safe-address");
        if (desk) {
            Button save = new Button("Save", click -> Feedback.attempt(() -> {
                preferences.record(couple.id(), new PartnerPreferences(partner.personId(), email.getValue(),
                        text.getValue(), preferred.getValue() == null ? Channel.EMAIL : preferred.getValue(),
                        safeOnly.getValue(), safeChannel.getValue(),
                        safeAddress.getValue().isBlank() ? null : safeAddress.getValue().strip()));
                Feedback.done("Message preferences of " + partner.displayName() + " saved.");
            }, Map.of("safeChannel", safeChannel, "safeAddress", safeAddress)));
            save.setId(id + "-save");
            form.add(save);
        } else {
            email.setReadOnly(true);
            text.setReadOnly(true);
            preferred.setReadOnly(true);
            safeOnly.setReadOnly(true);
            safeChannel.setReadOnly(true);
            safeAddress.setReadOnly(true);
        }
        return form;
    }
}
