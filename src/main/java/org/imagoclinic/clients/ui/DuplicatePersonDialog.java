package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.imagoclinic.clients.PersonMatch;

/**
 * The confirm step when a partner looks like someone the clinic knows: link that person, or say it
 * is someone else. Nothing is registered until one is chosen.
 */
class DuplicatePersonDialog extends Dialog {

    DuplicatePersonDialog(String who, List<PersonMatch> matches, Consumer<UUID> sameAs, Runnable someoneElse) {
        setHeaderTitle("Is " + who + " someone the clinic already knows?");
        setWidth("36rem");
        add(new Paragraph("The clinic knows " + (matches.size() == 1 ? "a person" : "people")
                + " with the same date of birth and the same name or email address. Linking keeps one record for one "
                + "person, across couples."));
        for (PersonMatch match : matches) {
            Div card = new Div();
            card.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start")
                    .set("gap", "var(--lumo-space-xs)").set("padding", "var(--lumo-space-s) 0")
                    .set("border-top", "1px solid var(--lumo-contrast-10pct)");
            card.add(new Span(match.firstName() + " " + match.lastName() + ", born " + Ui.day(match.dateOfBirth())),
                    Ui.muted((match.email() == null ? "no email" : match.email())
                            + (match.couples().isEmpty() ? "" : " · in " + String.join(", ", match.couples()))));
            Button link = new Button("Yes, this is them", click -> {
                close();
                sameAs.accept(match.personId());
            });
            link.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            card.add(link);
            add(card);
        }
        Button different = new Button("No, someone else", click -> {
            close();
            someoneElse.run();
        });
        Button back = new Button("Go back and check", click -> close());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(new HorizontalLayout(back, different));
    }
}
