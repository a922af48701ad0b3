package org.imagoclinic.portal.internal;

import static org.imagoclinic.portal.internal.db.Tables.INTAKE_ANSWER;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.portal.IntakeAtHome.IntakeAnswers;
import org.imagoclinic.portal.IntakeAtHome.PartnerIntake;
import org.imagoclinic.portal.internal.db.tables.records.IntakeAnswerRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Partners' intake answers from home, in schema {@code portal}; every sending kept. */
@Repository
class IntakeRepository {

    private final DSLContext db;

    IntakeRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID accountId, UUID coupleId, UUID personId, IntakeAnswers answers, Instant at) {
        IntakeAnswerRecord row = db.newRecord(INTAKE_ANSWER);
        row.setId(UUID.randomUUID());
        row.setAccountId(accountId);
        row.setCoupleId(coupleId);
        row.setPersonId(personId);
        row.setWhatBringsYou(answers.whatBringsYou());
        row.setHopes(answers.hopes());
        row.setPriorTherapy(answers.priorTherapy());
        row.setPriorTherapyNotes(answers.priorTherapyNotes());
        row.setForTherapistOnly(answers.forTherapistOnly());
        row.setAnsweredAt(at.atOffset(ZoneOffset.UTC));
        row.store();
    }

    Optional<Instant> lastSentAt(UUID coupleId, UUID personId) {
        return db.select(INTAKE_ANSWER.ANSWERED_AT).from(INTAKE_ANSWER)
                .where(INTAKE_ANSWER.COUPLE_ID.eq(coupleId)).and(INTAKE_ANSWER.PERSON_ID.eq(personId))
                .orderBy(INTAKE_ANSWER.ANSWERED_AT.desc()).limit(1)
                .fetchOptional(row -> row.value1().toInstant());
    }

    /** The newest answers of each partner of the couple. */
    List<PartnerIntake> newestOfCouple(UUID coupleId) {
        Map<UUID, PartnerIntake> newest = new LinkedHashMap<>();
        db.selectFrom(INTAKE_ANSWER).where(INTAKE_ANSWER.COUPLE_ID.eq(coupleId))
                .orderBy(INTAKE_ANSWER.ANSWERED_AT.desc())
                .fetch(row -> new PartnerIntake(row.getPersonId(), new IntakeAnswers(row.getWhatBringsYou(),
                        row.getHopes(), row.getPriorTherapy(), row.getPriorTherapyNotes(), row.getForTherapistOnly()),
                        row.getAnsweredAt().toInstant()))
                .forEach(intake -> newest.putIfAbsent(intake.personId(), intake));
        return List.copyOf(newest.values());
    }
}
