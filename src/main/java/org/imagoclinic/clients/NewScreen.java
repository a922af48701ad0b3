package org.imagoclinic.clients;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;

/**
 * The answers of a suitability screen. Imago work does not suit every couple: any current concern
 * ({@link #currentFlags()}) holds the couple in screening review, and no joint session may be booked,
 * until a therapist or supervisor records a {@link ClinicalDecision}.
 *
 * @param screenedOn the day of the screen; today when null
 * @param acuteCrisis suicidality or a psychiatric crisis now; false when left out
 * @param otherConcern another concern in a few words, optional
 * @param otherConcernCurrent whether that other concern needs review before joint work (then it must be described)
 * @param notes anything else the clinician wants on record
 */
public record NewScreen(@Nullable LocalDate screenedOn, RiskStatus intimatePartnerViolence, AffairStatus affair,
                        RiskStatus substanceDependence, @JsonSetter(nulls = Nulls.AS_EMPTY) boolean acuteCrisis,
                        @Nullable String otherConcern, @JsonSetter(nulls = Nulls.AS_EMPTY) boolean otherConcernCurrent,
                        @Nullable String notes) {

    /** The concerns of this screen that need a clinical decision. */
    public Set<ScreeningFlag> currentFlags() {
        Set<ScreeningFlag> flags = EnumSet.noneOf(ScreeningFlag.class);
        if (intimatePartnerViolence == RiskStatus.CURRENT) {
            flags.add(ScreeningFlag.INTIMATE_PARTNER_VIOLENCE);
        }
        if (affair != null && affair.ongoing()) {
            flags.add(ScreeningFlag.ONGOING_AFFAIR);
        }
        if (substanceDependence == RiskStatus.CURRENT) {
            flags.add(ScreeningFlag.SUBSTANCE_DEPENDENCE);
        }
        if (acuteCrisis) {
            flags.add(ScreeningFlag.ACUTE_CRISIS);
        }
        if (otherConcernCurrent) {
            flags.add(ScreeningFlag.OTHER);
        }
        return flags;
    }

    /** A screen with nothing of concern, e.g. for tests and as a form's starting point. */
    public static NewScreen nothingOfConcern(@Nullable LocalDate on) {
        return new NewScreen(on, RiskStatus.NONE, AffairStatus.NONE, RiskStatus.NONE, false, null, false, null);
    }
}
