package org.imagoclinic.clients;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One partner's answers to the suitability screen. The safety questions are asked of each partner
 * separately and the answers are the clinicians' only: never shown to the other partner nor in the
 * couple's joint record. Imago work does not suit every couple: any current concern
 * ({@link #currentFlags()}) holds the couple in screening review, and no joint session may be booked,
 * until a therapist or supervisor records a {@link ClinicalDecision}.
 *
 * @param screenedOn the day of the screen; today when null
 * @param partner whose answers these are
 * @param coerciveControl controlling, threatening or isolating behaviour by the other partner
 * @param acuteCrisis suicidality or a psychiatric crisis now; false when left out
 * @param otherConcern another concern in a few words, optional
 * @param otherConcernCurrent whether that other concern needs review before joint work (then it must be described)
 * @param notes anything else the clinician wants on record
 */
public record NewScreen(@Nullable LocalDate screenedOn, @Nullable PartnerSlot partner,
                        RiskStatus intimatePartnerViolence, RiskStatus coerciveControl, AffairStatus affair,
                        RiskStatus substanceDependence, @JsonSetter(nulls = Nulls.AS_EMPTY) boolean acuteCrisis,
                        @Nullable String otherConcern, @JsonSetter(nulls = Nulls.AS_EMPTY) boolean otherConcernCurrent,
                        @Nullable String notes) {

    /** The concerns of this screen that need a clinical decision. */
    public Set<ScreeningFlag> currentFlags() {
        Set<ScreeningFlag> flags = EnumSet.noneOf(ScreeningFlag.class);
        if (intimatePartnerViolence == RiskStatus.CURRENT) {
            flags.add(ScreeningFlag.INTIMATE_PARTNER_VIOLENCE);
        }
        if (coerciveControl == RiskStatus.CURRENT) {
            flags.add(ScreeningFlag.COERCIVE_CONTROL);
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

    /** One partner's screen with nothing of concern, e.g. for tests and as a form's starting point. */
    public static NewScreen nothingOfConcern(@Nullable LocalDate on, PartnerSlot partner) {
        return new NewScreen(on, partner, RiskStatus.NONE, RiskStatus.NONE, AffairStatus.NONE, RiskStatus.NONE, false,
                null, false, null);
    }
}
