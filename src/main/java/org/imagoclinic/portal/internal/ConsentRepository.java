package org.imagoclinic.portal.internal;

import static org.imagoclinic.portal.internal.db.Tables.CONSENT_SIGNATURE;
import static org.imagoclinic.portal.internal.db.Tables.CONSENT_TEXT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.imagoclinic.clients.ConsentKind;
import org.imagoclinic.portal.ConsentSignature;
import org.imagoclinic.portal.ConsentText;
import org.imagoclinic.portal.internal.db.tables.records.ConsentTextRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Consent texts and signatures, in schema {@code portal}. */
@Repository
class ConsentRepository {

    private final DSLContext db;

    ConsentRepository(DSLContext db) {
        this.db = db;
    }

    /** The newest version of each kind, in the order of {@link ConsentKind}. */
    List<ConsentText> current() {
        Map<ConsentKind, ConsentText> newest = db.selectFrom(CONSENT_TEXT).orderBy(CONSENT_TEXT.VERSION.desc())
                .fetch(ConsentRepository::text).stream()
                .collect(Collectors.toMap(ConsentText::kind, Function.identity(), (newer, older) -> newer));
        return newest.values().stream().sorted(Comparator.comparing(ConsentText::kind)).toList();
    }

    Optional<ConsentText> text(UUID id) {
        return db.selectFrom(CONSENT_TEXT).where(CONSENT_TEXT.ID.eq(id)).fetchOptional(ConsentRepository::text);
    }

    /** Locks the kind's texts so that two versions can't be published at once. */
    int lockNewestVersion(ConsentKind kind) {
        return db.selectFrom(CONSENT_TEXT).where(CONSENT_TEXT.KIND.eq(kind.name())).forUpdate()
                .fetch(ConsentTextRecord::getVersion).stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    void insertText(ConsentText text) {
        ConsentTextRecord row = db.newRecord(CONSENT_TEXT);
        row.setId(text.id());
        row.setKind(text.kind().name());
        row.setVersion(text.version());
        row.setTitle(text.title());
        row.setBody(text.body());
        row.setSha256(text.sha256());
        row.setPublishedAt(text.publishedAt().atOffset(ZoneOffset.UTC));
        row.setPublishedBy(text.publishedBy());
        row.store();
    }

    void insertSignature(UUID id, UUID accountId, UUID coupleId, UUID personId, ConsentText text, String typedName,
                         Instant at, @Nullable String ipAddress) {
        db.insertInto(CONSENT_SIGNATURE)
                .set(CONSENT_SIGNATURE.ID, id)
                .set(CONSENT_SIGNATURE.ACCOUNT_ID, accountId)
                .set(CONSENT_SIGNATURE.COUPLE_ID, coupleId)
                .set(CONSENT_SIGNATURE.PERSON_ID, personId)
                .set(CONSENT_SIGNATURE.CONSENT_TEXT_ID, text.id())
                .set(CONSENT_SIGNATURE.TEXT_SHA256, text.sha256())
                .set(CONSENT_SIGNATURE.TYPED_NAME, typedName)
                .set(CONSENT_SIGNATURE.SIGNED_AT, at.atOffset(ZoneOffset.UTC))
                .set(CONSENT_SIGNATURE.IP_ADDRESS, ipAddress)
                .execute();
    }

    List<ConsentSignature> signatures(UUID coupleId, @Nullable UUID personId) {
        Condition whose = CONSENT_SIGNATURE.COUPLE_ID.eq(coupleId);
        if (personId != null) {
            whose = whose.and(CONSENT_SIGNATURE.PERSON_ID.eq(personId));
        }
        return signatures(whose);
    }

    Optional<SignatureOf> signature(UUID id) {
        return db.select(CONSENT_SIGNATURE.COUPLE_ID).from(CONSENT_SIGNATURE).where(CONSENT_SIGNATURE.ID.eq(id))
                .fetchOptional(row -> row.value1())
                .map(coupleId -> new SignatureOf(coupleId, signatures(CONSENT_SIGNATURE.ID.eq(id)).getFirst()));
    }

    /** A signature with its couple. */
    record SignatureOf(UUID coupleId, ConsentSignature signature) {
    }

    private List<ConsentSignature> signatures(Condition where) {
        Map<ConsentKind, Integer> currentVersions = current().stream()
                .collect(Collectors.toMap(ConsentText::kind, ConsentText::version));
        return db.select(CONSENT_SIGNATURE.ID, CONSENT_SIGNATURE.PERSON_ID, CONSENT_TEXT.ID, CONSENT_TEXT.KIND,
                        CONSENT_TEXT.VERSION, CONSENT_TEXT.TITLE, CONSENT_SIGNATURE.TEXT_SHA256, CONSENT_SIGNATURE.TYPED_NAME,
                        CONSENT_SIGNATURE.SIGNED_AT, CONSENT_SIGNATURE.IP_ADDRESS)
                .from(CONSENT_SIGNATURE).join(CONSENT_TEXT).on(CONSENT_TEXT.ID.eq(CONSENT_SIGNATURE.CONSENT_TEXT_ID))
                .where(where)
                .orderBy(CONSENT_SIGNATURE.SIGNED_AT.desc())
                .fetch(row -> signature(row, currentVersions));
    }

    private static ConsentSignature signature(Record row, Map<ConsentKind, Integer> currentVersions) {
        ConsentKind kind = ConsentKind.valueOf(row.get(CONSENT_TEXT.KIND));
        int version = row.get(CONSENT_TEXT.VERSION);
        return new ConsentSignature(row.get(CONSENT_SIGNATURE.ID), row.get(CONSENT_SIGNATURE.PERSON_ID),
                row.get(CONSENT_TEXT.ID), kind, version, row.get(CONSENT_TEXT.TITLE), row.get(CONSENT_SIGNATURE.TEXT_SHA256),
                row.get(CONSENT_SIGNATURE.TYPED_NAME), row.get(CONSENT_SIGNATURE.SIGNED_AT).toInstant(),
                row.get(CONSENT_SIGNATURE.IP_ADDRESS), currentVersions.getOrDefault(kind, 0) == version);
    }

    private static ConsentText text(ConsentTextRecord row) {
        return new ConsentText(row.getId(), ConsentKind.valueOf(row.getKind()), row.getVersion(), row.getTitle(),
                row.getBody(), row.getSha256(), row.getPublishedAt().toInstant(), row.getPublishedBy());
    }
}
