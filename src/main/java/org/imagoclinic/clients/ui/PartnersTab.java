package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleUpdate;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.clients.ui.tabs.CoupleChanged;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ui.components.Feedback;

/** Both partners' names and contacts, and the way to correct them (and the relationship). */
@SpringComponent
class PartnersTab implements CoupleTab {

    private final Couples couples;
    private final CurrentUser currentUser;
    private final Clock clock;

    PartnersTab(Couples couples, CurrentUser currentUser, Clock clock) {
        this.couples = couples;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Partners";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.COUPLE_CONTACTS;
    }

    @Override
    public Component content(UUID coupleId) {
        Couple couple = couples.get(coupleId);
        HorizontalLayout partners = new HorizontalLayout(card(couple.partnerA()), card(couple.partnerB()));
        partners.setWidthFull();
        VerticalLayout layout = new VerticalLayout(partners);
        layout.setPadding(false);
        boolean edits = currentUser.get().map(me -> me.hasRole(Roles.FRONT_DESK) || me.hasRole(Roles.THERAPIST)
                || me.hasRole(Roles.SUPERVISOR)).orElse(false);
        if (edits) {
            layout.addComponentAsFirst(new Button("Edit details", click -> edit(couple, layout)));
        }
        return layout;
    }

    private static Div card(Partner partner) {
        PartnerDetails details = partner.details();
        DescriptionList list = Ui.facts();
        Ui.fact(list, "Name", details.firstName() + " " + details.lastName()
                + (details.preferredName() == null ? "" : " (" + details.preferredName() + ")"));
        Ui.fact(list, "Pronouns", details.pronouns());
        Ui.fact(list, "Date of birth", Ui.day(details.dateOfBirth()));
        Ui.fact(list, "Email", details.email());
        Ui.fact(list, "Phone", details.phone());
        Ui.fact(list, "Address", details.address());
        Ui.fact(list, "Emergency contact", details.emergencyContact() == null ? null : details.emergencyContact().name()
                + ", " + details.emergencyContact().phone() + (details.emergencyContact().relationship() == null ? ""
                : " (" + details.emergencyContact().relationship() + ")"));
        return Ui.card(new H3("Partner " + partner.slot() + ": " + partner.displayName()), list);
    }


    private void edit(Couple couple, Component anchor) {
        PartnerForm a = new PartnerForm(clock);
        PartnerForm b = new PartnerForm(clock);
        RelationshipForm relationship = new RelationshipForm(clock);
        a.setDetails(couple.partnerA().details());
        b.setDetails(couple.partnerB().details());
        relationship.setRelationship(couple.relationship());
        VerticalLayout form = new VerticalLayout(new H3("Partner A"), a, new H3("Partner B"), b, new H3("Relationship"),
                relationship);
        form.setPadding(false);
        Map<String, HasValidation> fields = new HashMap<>();
        a.fields().forEach((name, field) -> fields.put("partnerA." + name, field));
        b.fields().forEach((name, field) -> fields.put("partnerB." + name, field));
        relationship.fields().forEach((name, field) -> fields.put("relationship." + name, field));
        FormDialog dialog = new FormDialog("Edit " + couple.displayName(), form, "Save",
                () -> a.validate() & b.validate() & relationship.validate() && Feedback.attempt(() -> {
                    couples.update(couple.id(), new CoupleUpdate(a.details(), b.details(), relationship.relationship()));
                    Feedback.done("Details saved.");
                    CoupleChanged.fire(anchor);
                }, fields));
        dialog.setWidth("56rem");
        dialog.open();
    }
}
