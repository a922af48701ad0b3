package org.imagoclinic.portal.internal;

import static org.imagoclinic.portal.internal.db.Tables.PRACTICE_ENTRY;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.imagoclinic.portal.PracticeEntry;
import org.imagoclinic.portal.internal.db.tables.records.PracticeEntryRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Home practice entries, in schema {@code portal}. */
@Repository
class PracticeRepository {

    private final DSLContext db;

    PracticeRepository(DSLContext db) {
        this.db = db;
    }

    void insert(PracticeEntry entry, UUID accountId, UUID coupleId) {
        PracticeEntryRecord row = db.newRecord(PRACTICE_ENTRY);
        row.setId(entry.id());
        row.setAccountId(accountId);
        row.setCoupleId(coupleId);
        row.setPersonId(entry.personId());
        row.setDay(entry.day());
        row.setKind(entry.kind().name());
        if (entry.reading() != null) {
            row.setAppreciations(entry.reading().appreciations());
            row.setNewInformation(entry.reading().newInformation());
            row.setPuzzles(entry.reading().puzzles());
            row.setComplaints(entry.reading().complaints());
            row.setWishes(entry.reading().wishes());
        }
        row.setText(entry.text());
        row.setKept(entry.kept() == null ? null : entry.kept().name());
        row.setMinutes(entry.minutes());
        row.setLoggedAt(entry.loggedAt().atOffset(ZoneOffset.UTC));
        row.store();
    }

    List<PracticeEntry> ofPerson(UUID coupleId, UUID personId, LocalDate from, LocalDate to) {
        return db.selectFrom(PRACTICE_ENTRY).where(PRACTICE_ENTRY.COUPLE_ID.eq(coupleId))
                .and(PRACTICE_ENTRY.PERSON_ID.eq(personId)).and(PRACTICE_ENTRY.DAY.between(from, to))
                .orderBy(PRACTICE_ENTRY.DAY.desc(), PRACTICE_ENTRY.LOGGED_AT.desc())
                .fetch(PracticeRepository::entry);
    }

    List<PracticeEntry> ofCouple(UUID coupleId, LocalDate from, LocalDate to) {
        return db.selectFrom(PRACTICE_ENTRY).where(PRACTICE_ENTRY.COUPLE_ID.eq(coupleId))
                .and(PRACTICE_ENTRY.DAY.between(from, to))
                .orderBy(PRACTICE_ENTRY.DAY, PRACTICE_ENTRY.LOGGED_AT)
                .fetch(PracticeRepository::entry);
    }

    /** Each partner's last day logged, for those of the couple who ever logged. */
    Map<UUID, LocalDate> lastDays(UUID coupleId) {
        return db.select(PRACTICE_ENTRY.PERSON_ID, DSL.max(PRACTICE_ENTRY.DAY)).from(PRACTICE_ENTRY)
                .where(PRACTICE_ENTRY.COUPLE_ID.eq(coupleId)).groupBy(PRACTICE_ENTRY.PERSON_ID)
                .fetchMap(PRACTICE_ENTRY.PERSON_ID, DSL.max(PRACTICE_ENTRY.DAY));
    }

    private static PracticeEntry entry(PracticeEntryRecord row) {
        PracticeEntry.Kind kind = PracticeEntry.Kind.valueOf(row.getKind());
        PracticeEntry.TemperatureReadingParts reading = kind == PracticeEntry.Kind.TEMPERATURE_READING
                ? new PracticeEntry.TemperatureReadingParts(row.getAppreciations(), row.getNewInformation(),
                row.getPuzzles(), row.getComplaints(), row.getWishes()) : null;
        return new PracticeEntry(row.getId(), row.getPersonId(), row.getDay(), kind, reading, row.getText(),
                row.getKept() == null ? null : PracticeEntry.GiftKept.valueOf(row.getKept()), row.getMinutes(),
                row.getLoggedAt().toInstant());
    }
}
