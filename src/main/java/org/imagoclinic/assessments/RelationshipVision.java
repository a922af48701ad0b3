package org.imagoclinic.assessments;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;

/**
 * The couple's relationship vision: short, positive, present-tense statements ("We laugh together
 * every day"), each ranked by importance and marked when hard to reach. Revisited over time: each
 * revision keeps the earlier one.
 */
public record RelationshipVision(List<Statement> statements) implements ImagoContent {

    public RelationshipVision {
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    /**
     * @param rank 1 (most important) to 3
     * @param hardToReach whether the couple find it hard to reach today
     */
    public record Statement(String text, int rank, @JsonSetter(nulls = Nulls.AS_EMPTY) boolean hardToReach) {
    }

    @Override
    public ImagoRecordKind kind() {
        return ImagoRecordKind.RELATIONSHIP_VISION;
    }

    @Override
    public String summary() {
        return "Relationship vision: " + statements.size() + " statements, "
                + statements.stream().filter(Statement::hardToReach).count() + " hard to reach";
    }
}
