package org.imagoclinic.portal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.clients.NewScreen;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in partner's own safety screen and intake questions, answered alone at home. The answers go
 * to the couple's clinicians only: never to the other partner, never into the couple's joint record, and
 * not even back to the partner who sent them (a shared phone must not show them). Bad input is refused
 * whole, with a message per field; nothing is half saved.
 */
public interface IntakeAtHome {

    /**
     * Sends the partner's answers to the safety questions the clinic asks (intimate-partner violence,
     * coercive control, an affair, substance dependence, an acute crisis). They become this partner's
     * screen in the clinic's record; a current concern holds the couple for a clinician's decision exactly
     * as a screen recorded in the clinic does. The answers' day and partner are set by the clinic.
     */
    void answerSafetyScreen(NewScreen answers);

    /** Sends the partner's intake answers; every sending is kept and the newest is current. */
    void answerIntake(IntakeAnswers answers);

    /** When the signed-in partner last sent their intake answers, if ever (not what they said). */
    Optional<Instant> intakeSentAt();

    /** Each partner's newest intake answers, for the couple's care team; the read is audited. */
    List<PartnerIntake> ofCouple(UUID coupleId);

    /**
     * A partner's intake questions, in their own words.
     *
     * @param whatBringsYou what brings them to couples therapy; required
     * @param hopes what they hope will change
     * @param priorTherapy whether they had couples or individual therapy before
     * @param priorTherapyNotes with whom, when, how it went
     * @param forTherapistOnly what they want their therapist to know and would not say with their partner present
     */
    record IntakeAnswers(@Nullable String whatBringsYou, @Nullable String hopes, boolean priorTherapy,
                         @Nullable String priorTherapyNotes, @Nullable String forTherapistOnly) {
    }

    /** One partner's newest intake answers. */
    record PartnerIntake(UUID personId, IntakeAnswers answers, Instant answeredAt) {
    }
}
