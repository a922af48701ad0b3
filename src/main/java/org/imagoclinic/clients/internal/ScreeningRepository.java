package org.imagoclinic.clients.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.clients.ClinicalDecision;
import org.imagoclinic.clients.NewScreen;
import org.imagoclinic.clients.RecordedDecision;
import org.imagoclinic.clients.Screen;
import org.imagoclinic.clients.ScreeningFlag;
import org.jspecify.annotations.Nullable;

/** Screens and decisions, kept for good, in schema {@code clients}. */
interface ScreeningRepository {

    /**
     * @param partnerId whose answers these are
     * @param raisedByRecord where a screen no one filled in came from; null for a clinician's screen
     */
    Screen insertScreen(UUID id, UUID coupleId, UUID partnerId, NewScreen screen, LocalDate screenedOn,
                        Set<ScreeningFlag> flags, @Nullable String raisedByRecord, RecordedBy by, OffsetDateTime now);

    /**
     * @throws org.springframework.dao.DuplicateKeyException when the screen already has a decision
     */
    RecordedDecision insertDecision(UUID id, UUID coupleId, UUID screenId, ClinicalDecision decision, String reason,
                                    LocalDate decidedOn, RecordedBy by, OffsetDateTime now);

    /** Newest first. */
    List<Screen> screens(UUID coupleId);

    /** Newest first. */
    List<RecordedDecision> decisions(UUID coupleId);
}
