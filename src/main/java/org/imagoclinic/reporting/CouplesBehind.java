package org.imagoclinic.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The couples behind one dashboard figure: every couple whose partners, episode or sessions make
 * up the figure's n, with how much of the n and of the count each brings.
 *
 * @param therapistId the dashboard row; null for the clinic's
 * @param figure the figure's share, the same as on the dashboard
 * @param couples those the signed-in person may open under the care-team rule, by name
 * @param notListed couples behind the figure outside the person's care team, counted but not named
 */
public record CouplesBehind(ReportFilter filter, @Nullable UUID therapistId, DashboardFigure figure, ShareInterval share,
                            List<Line> couples, int notListed) {

    /**
     * One couple.
     *
     * @param counted how much of the figure's count this couple brings (partners, couples, episodes or sessions)
     * @param of how much of the figure's n it brings
     * @param detail what puts it there in plain words, e.g. "Recovered; No reliable change"
     */
    public record Line(UUID coupleId, String name, LocalDate openedOn, @Nullable LocalDate closedOn, int counted, int of,
                       String detail) {
    }
}
