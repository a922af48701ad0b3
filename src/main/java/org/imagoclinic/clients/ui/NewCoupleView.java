package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleRegistration;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.PersonMatch;
import org.imagoclinic.clients.PossibleDuplicatePerson;
import org.imagoclinic.clients.internal.TherapistRoster;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.ui.components.Feedback;
import org.springframework.security.access.AccessDeniedException;

/**
 * Registering a couple, in steps: the two partners (with the confirm step when one looks like a
 * known person), the relationship, what brings them, consents, and the therapist.
 * Every step keeps what was typed; a refused registration writes nothing and marks each field.
 */
@Route("couples/new")
@PageTitle("New couple · Imago Clinic")
@RolesAllowed({Roles.FRONT_DESK, Roles.THERAPIST, Roles.SUPERVISOR})
class NewCoupleView extends VerticalLayout {

    static final List<String> STEPS = List.of("Partner A", "Partner B", "Relationship", "What brings them",
            "Consents", "Therapist");

    private final transient Couples couples;
    private final PartnerStep partnerA;
    private final PartnerStep partnerB;
    private final RelationshipForm relationship;
    private final IntakeForm intake = new IntakeForm();
    private final ConsentsForm consents;
    private final TherapistStep therapist;
    private final List<Component> stepContents;
    private final Tabs tabs = new Tabs();
    private final Div content = new Div();
    private final Button back = new Button("Back", click -> goTo(current() - 1));
    private final Button next = new Button("Next", click -> next());
    private final Button register = new Button("Register couple", click -> register());

    NewCoupleView(Couples couples, TherapistRoster roster, CurrentUser currentUser, Clock clock) {
        this.couples = couples;
        partnerA = new PartnerStep(PartnerSlot.A, clock);
        partnerB = new PartnerStep(PartnerSlot.B, clock);
        relationship = new RelationshipForm(clock);
        consents = new ConsentsForm(clock, "Partner A", "Partner B", (kind, slot) -> false);
        therapist = new TherapistStep(roster, couples.therapistsWithCouples(), currentUser);
        stepContents = List.of(partnerA.form, partnerB.form, relationship, intake, consents, therapist);
        setMaxWidth("60rem");
        STEPS.forEach(title -> tabs.add(new Tab(title)));
        tabs.addSelectedChangeListener(change -> show(current()));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.setWidthFull();
        add(new H2("New couple"), tabs, content, new HorizontalLayout(back, next, register));
        show(0);
    }

    private int current() {
        return tabs.getSelectedIndex();
    }

    private void goTo(int step) {
        tabs.setSelectedIndex(Math.clamp(step, 0, STEPS.size() - 1));
        show(current());
    }

    private void show(int step) {
        content.removeAll();
        content.add(stepContents.get(step));
        back.setEnabled(step > 0);
        next.setVisible(step < STEPS.size() - 1);
        register.setVisible(step == STEPS.size() - 1);
        if (step < 2) {
            (step == 0 ? partnerA : partnerB).form.firstName.focus();
        }
    }

    private void next() {
        int step = current();
        if (!valid(step)) {
            return;
        }
        PartnerStep partner = step == 0 ? partnerA : step == 1 ? partnerB : null;
        if (partner != null && !partner.decided()) {
            List<PersonMatch> matches = couples.matchingPersons(partner.form.details());
            if (!matches.isEmpty()) {
                confirm(partner, matches, () -> goTo(step + 1));
                return;
            }
        }
        goTo(step + 1);
    }

    private boolean valid(int step) {
        return switch (step) {
            case 0 -> partnerA.form.validate();
            case 1 -> partnerB.form.validate();
            case 2 -> relationship.validate();
            default -> true;
        };
    }

    private void confirm(PartnerStep partner, List<PersonMatch> matches, Runnable then) {
        new DuplicatePersonDialog(partner.title(), matches, personId -> {
            partner.linkTo(personId);
            then.run();
        }, () -> {
            partner.confirmNew();
            then.run();
        }).open();
    }

    private void register() {
        for (int step = 0; step < STEPS.size(); step++) {
            if (!valid(step)) {
                goTo(step);
                Feedback.problem("Some details need a look: see the marked fields.");
                return;
            }
        }
        try {
            Couple couple = couples.register(new CoupleRegistration(partnerA.partner(), partnerB.partner(),
                    relationship.relationship(), intake.details(), consents.entries(), therapist.primary.getValue(),
                    therapist.co.getValue(), null));
            Feedback.done(couple.displayName() + " are registered.");
            getUI().ifPresent(ui -> ui.navigate(CoupleView.class, new RouteParameters(CoupleView.COUPLE_ID,
                    couple.id().toString())));
        } catch (PossibleDuplicatePerson duplicate) {
            PartnerStep partner = duplicate.partner() == PartnerSlot.A ? partnerA : partnerB;
            goTo(duplicate.partner() == PartnerSlot.A ? 0 : 1);
            confirm(partner, duplicate.matches(), this::register);
        } catch (InvalidInputException invalid) {
            showProblems(invalid.fieldErrors());
        } catch (AccessDeniedException | ConflictException refused) {
            Feedback.problem(refused.getMessage());
        }
    }

    private void showProblems(Map<String, String> errors) {
        List<String> left = new ArrayList<>(errors.values());
        left.retainAll(Ui.showFieldErrors(errors, "partnerA.details.", partnerA.form.fields()));
        left.retainAll(Ui.showFieldErrors(errors, "partnerB.details.", partnerB.form.fields()));
        left.retainAll(Ui.showFieldErrors(errors, "relationship.", relationship.fields()));
        left.retainAll(Ui.showFieldErrors(errors, "intake.", intake.fields()));
        left.retainAll(Ui.showFieldErrors(errors, "", Map.of("primaryTherapistId", therapist.primary,
                "coTherapistId", therapist.co)));
        goTo(firstStepWith(errors.keySet()));
        Feedback.problem(left.isEmpty() ? "Some details need a look: see the marked fields." : String.join(" ", left));
    }

    private static int firstStepWith(Set<String> keys) {
        String[] prefixes = {"partnerA", "partnerB", "relationship", "intake", "consents", ""};
        for (int step = 0; step < prefixes.length; step++) {
            String prefix = prefixes[step];
            if (keys.stream().anyMatch(key -> key.startsWith(prefix))) {
                return step;
            }
        }
        return 0;
    }
}
