package org.imagoclinic.reporting;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of the outcomes dashboard: a primary therapist's episodes active in the period (or the
 * clinic's, all of them), each share with its 95 % Wilson interval and its n.
 *
 * @param therapistId null for the clinic's row
 * @param episodes episodes active in the period with this primary therapist
 * @param partnersImproved recovered or improved, of the partners classified
 * @param couplesImproved at least one partner improved and none deteriorated, of the couples classified
 * @param partnersDeteriorated deteriorated, of the partners classified
 * @param dropOut ended as dropped out before the threshold of sessions, of the episodes ended in the period
 * @param attendance attended, of the sessions in the period that were attended, missed or cancelled late by the couple
 * @param partnersFunnel the clinic's limits at this row's partner n; null for the clinic's row or without partners classified
 * @param couplesFunnel the clinic's limits at this row's couple n; null as for {@code partnersFunnel}
 */
public record TherapistOutcomes(@Nullable UUID therapistId, String name, @Nullable Integer episodes, ShareInterval partnersImproved,
                                ShareInterval couplesImproved, ShareInterval partnersDeteriorated, ShareInterval dropOut,
                                ShareInterval attendance, @Nullable ControlLimits partnersFunnel,
                                @Nullable ControlLimits couplesFunnel) {

    /** The share of one figure. */
    public ShareInterval figure(DashboardFigure figure) {
        return switch (figure) {
            case PARTNERS_IMPROVED -> partnersImproved;
            case COUPLES_IMPROVED -> couplesImproved;
            case PARTNERS_DETERIORATED -> partnersDeteriorated;
            case DROP_OUT -> dropOut;
            case ATTENDANCE -> attendance;
        };
    }
}
