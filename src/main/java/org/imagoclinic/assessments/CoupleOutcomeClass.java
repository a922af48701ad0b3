package org.imagoclinic.assessments;

/** The couple seen as a pair: both partners' classes together. */
public enum CoupleOutcomeClass {
    /** Both partners improved (recovered counts as improved). */
    BOTH_IMPROVED("Both partners improved"),
    /** One partner improved and neither deteriorated: a discordant couple. */
    ONE_IMPROVED("One partner improved"),
    /** At least one partner deteriorated, whatever the other did. */
    AT_LEAST_ONE_DETERIORATED("At least one partner deteriorated"),
    /** Neither partner changed reliably. */
    NO_RELIABLE_CHANGE("No reliable change");

    private final String label;

    CoupleOutcomeClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The pair's class from each partner's. */
    public static CoupleOutcomeClass of(OutcomeClass first, OutcomeClass second) {
        if (first == OutcomeClass.DETERIORATED || second == OutcomeClass.DETERIORATED) {
            return AT_LEAST_ONE_DETERIORATED;
        }
        if (first.improved() && second.improved()) {
            return BOTH_IMPROVED;
        }
        if (first.improved() || second.improved()) {
            return ONE_IMPROVED;
        }
        return NO_RELIABLE_CHANGE;
    }
}
