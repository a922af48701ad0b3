package org.imagoclinic.clients.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.util.UUID;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.EpisodeStatus;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.clients.internal.TherapistRoster;
import org.imagoclinic.clients.ui.tabs.CoupleTab;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;

/**
 * The couple's episodes of care, newest first, each with its dated changes; and what may be done
 * with the open one: the front desk opens episodes and assigns therapists (so do administrators, and a
 * supervisor on the care team; ADR 0028), the care team starts, pauses, resumes and closes them.
 */
@SpringComponent
class EpisodesTab implements CoupleTab {

    private final Couples couples;
    private final EpisodesOfCare episodes;
    private final TherapistRoster roster;
    private final CurrentUser currentUser;
    private final ClinicalAccess access;
    private final Clock clock;

    EpisodesTab(Couples couples, EpisodesOfCare episodes, TherapistRoster roster, CurrentUser currentUser,
                ClinicalAccess access, Clock clock) {
        this.couples = couples;
        this.episodes = episodes;
        this.roster = roster;
        this.currentUser = currentUser;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Episodes";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public RecordKind recordKind() {
        return RecordKind.COUPLE_CONTACTS;
    }

    @Override
    public Component content(UUID coupleId) {
        Couple couple = couples.get(coupleId);
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        boolean assigner = access.mayAssignCareTeam(coupleId);
        EpisodeActions actions = new EpisodeActions(episodes, roster, couples.therapistsWithCouples(), assigner, clock,
                layout);
        boolean clinician = has(Roles.THERAPIST) || has(Roles.SUPERVISOR);
        HorizontalLayout buttons = new HorizontalLayout();
        couple.openEpisode().ifPresentOrElse(open -> {
            if (assigner) {
                buttons.add(new Button("Assign therapists", click -> actions.assign(couple, open)));
            }
            if (clinician) {
                switch (open.status()) {
                    case INTAKE -> buttons.add(new Button("Start treatment", click -> actions.start(couple, open)));
                    case ACTIVE -> buttons.add(new Button("Pause", click -> actions.pause(couple, open)));
                    case PAUSED -> buttons.add(new Button("Resume", click -> actions.resume(couple, open)));
                    default -> { }
                }
                buttons.add(new Button("Close episode", click -> actions.close(couple, open)));
            }
        }, () -> {
            if (currentUser.get().isPresent()) {
                buttons.add(new Button("Open an episode of care", click -> actions.open(couple)));
            }
        });
        layout.add(buttons);
        if (couple.episodes().isEmpty()) {
            layout.add(new Paragraph("No episode of care yet. Open one to book treatment sessions; an intake session "
                    + "can be booked without one."));
        }
        couple.episodes().forEach(episode -> layout.add(card(episode)));
        return layout;
    }

    private Div card(Episode episode) {
        HorizontalLayout title = new HorizontalLayout(new H3("Episode opened " + Ui.day(episode.openedOn())),
                Ui.badge(episode.status() == EpisodeStatus.CLOSED && episode.ending() != null ? episode.ending().label()
                        : episode.status().label(), episode.status().open() ? "success" : "contrast"));
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        Div card = Ui.card(title);
        card.add(new Paragraph(episode.primaryTherapistId() == null ? "No therapist assigned yet."
                : "Therapist: " + roster.nameOf(episode.primaryTherapistId()) + (episode.coTherapistId() == null ? ""
                : ", co-therapist: " + roster.nameOf(episode.coTherapistId()))));
        if (episode.closedOn() != null) {
            card.add(new Paragraph("Closed " + Ui.day(episode.closedOn()) + ": " + episode.closingReason()));
        }
        Grid<Episode.Change> changes = new Grid<>();
        changes.addColumn(change -> Ui.day(change.effectiveOn())).setHeader("Day").setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(change -> change.kind().label()).setHeader("Change").setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(change -> change.reason() == null ? "" : change.reason()).setHeader("Reason");
        changes.addColumn(change -> change.recordedBy() + ", " + Ui.when(change.recordedAt(), clock.getZone()))
                .setHeader("Recorded by").setAutoWidth(true);
        changes.setItems(episode.changes());
        changes.setAllRowsVisible(true);
        changes.addThemeVariants(GridVariant.LUMO_COMPACT);
        card.add(changes);
        return card;
    }

    private boolean has(String role) {
        return currentUser.get().map(me -> me.hasRole(role)).orElse(false);
    }
}
