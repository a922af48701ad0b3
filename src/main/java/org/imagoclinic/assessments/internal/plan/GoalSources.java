package org.imagoclinic.assessments.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.Exits;
import org.imagoclinic.assessments.GoalCandidate;
import org.imagoclinic.assessments.GoalSource;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.imagoclinic.assessments.RelationshipVision;
import org.imagoclinic.assessments.internal.imago.CoupleContext;
import org.imagoclinic.assessments.internal.imago.ImagoRecordRepository;
import org.imagoclinic.clients.Couple;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a course-plan goal may be drawn from: a statement of the couple's current relationship vision,
 * a behaviour change request whose giver chose a request, or an exit a partner has not closed yet. None
 * of these kinds is private to a partner, so the plan (a joint document) may show them.
 */
@Component
class GoalSources {

    private final ImagoRecordRepository records;

    GoalSources(ImagoRecordRepository records) {
        this.records = records;
    }

    List<GoalCandidate> candidates(Couple couple) {
        List<GoalCandidate> candidates = new ArrayList<>();
        for (ImagoRecord record : current(couple, ImagoRecordKind.RELATIONSHIP_VISION)) {
            List<RelationshipVision.Statement> statements = record.as(RelationshipVision.class).statements();
            for (int i = 0; i < statements.size(); i++) {
                candidates.add(new GoalCandidate(GoalSource.VISION, record.id(), i, statements.get(i).text(), null));
            }
        }
        for (ImagoRecord record : current(couple, ImagoRecordKind.BEHAVIOUR_CHANGE_REQUEST)) {
            BehaviourChangeRequest.Request chosen = record.as(BehaviourChangeRequest.class).chosenRequest();
            if (chosen != null) {
                candidates.add(new GoalCandidate(GoalSource.BEHAVIOUR_CHANGE_REQUEST, record.id(), null, chosen.text(),
                        CoupleContext.nameOf(couple, record.partnerId())));
            }
        }
        for (ImagoRecord record : current(couple, ImagoRecordKind.EXITS)) {
            List<Exits.Exit> exits = record.as(Exits.class).exits();
            for (int i = 0; i < exits.size(); i++) {
                if (exits.get(i).status() != Exits.Status.CLOSED) {
                    candidates.add(new GoalCandidate(GoalSource.EXIT, record.id(), i, exits.get(i).description(),
                            CoupleContext.nameOf(couple, record.partnerId())));
                }
            }
        }
        return candidates;
    }

    /**
     * The entry a goal is drawn from, or why it can't be. A goal saved before may keep an exit that has
     * been closed meanwhile or a vision statement that a revision dropped: its record still exists.
     */
    Drawn draw(Couple couple, GoalSource source, UUID recordId, @Nullable Integer item, boolean savedBefore) {
        Optional<ImagoRecord> found = records.find(couple.id(), recordId);
        ImagoRecordKind kind = switch (source) {
            case VISION -> ImagoRecordKind.RELATIONSHIP_VISION;
            case BEHAVIOUR_CHANGE_REQUEST -> ImagoRecordKind.BEHAVIOUR_CHANGE_REQUEST;
            case EXIT -> ImagoRecordKind.EXITS;
        };
        if (found.isEmpty() || found.get().kind() != kind) {
            return Drawn.refused("This couple has no such " + kind.label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        ImagoRecord record = found.get();
        if (!savedBefore && !record.current()) {
            return Drawn.refused("A later version of this " + kind.label().toLowerCase(java.util.Locale.ROOT)
                    + " exists: draw the goal from the current one.");
        }
        String partner = record.partnerId() == null ? null : CoupleContext.nameOf(couple, record.partnerId());
        return switch (source) {
            case VISION -> {
                List<RelationshipVision.Statement> statements = record.as(RelationshipVision.class).statements();
                yield item == null || item < 0 || item >= statements.size()
                        ? Drawn.refusedItem("Choose one of the vision's " + statements.size() + " statements.")
                        : Drawn.of(statements.get(item).text(), null);
            }
            case BEHAVIOUR_CHANGE_REQUEST -> {
                BehaviourChangeRequest.Request chosen = record.as(BehaviourChangeRequest.class).chosenRequest();
                yield chosen == null
                        ? Drawn.refused("No request of this behaviour change request has been chosen yet: "
                        + "a goal is drawn from the request the partner chose to give.")
                        : Drawn.of(chosen.text(), partner);
            }
            case EXIT -> {
                List<Exits.Exit> exits = record.as(Exits.class).exits();
                if (item == null || item < 0 || item >= exits.size()) {
                    yield Drawn.refusedItem("Choose one of the " + exits.size() + " exits in this list.");
                }
                Exits.Exit exit = exits.get(item);
                yield exit.status() == Exits.Status.CLOSED && !savedBefore
                        ? Drawn.refused("This exit is closed already: a goal is about an exit still being closed.")
                        : Drawn.of(exit.description(), partner);
            }
        };
    }

    private List<ImagoRecord> current(Couple couple, ImagoRecordKind kind) {
        return records.list(couple.id(), kind, null).stream().filter(ImagoRecord::current).toList();
    }

    /** The text a goal is drawn from and whose it is, or the reason it can't be drawn. */
    record Drawn(@Nullable String text, @Nullable String partnerName, String field, @Nullable String problem) {

        static Drawn of(String text, @Nullable String partnerName) {
            return new Drawn(text, partnerName, "recordId", null);
        }

        /** Refused for the record itself. */
        static Drawn refused(String problem) {
            return new Drawn(null, null, "recordId", problem);
        }

        /** Refused for the entry chosen in the record. */
        static Drawn refusedItem(String problem) {
            return new Drawn(null, null, "item", problem);
        }
    }
}
