package org.imagoclinic.reporting.internal;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.shared.CoupleDisposalApproved;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the reports' counts when a couple's record is disposed of (ADR 0049): the read models hold no
 * names, only ids, so the couple's and partners' ids are replaced by the pseudonyms the disposal chose
 * (the same the event archive gets, so a rebuild gives the same figures). Running it again finds no
 * real id left.
 */
@Component
class ReportingDisposal {

    private static final Logger log = LoggerFactory.getLogger(ReportingDisposal.class);
    private static final List<String> PERSON_COLUMNS = List.of("couple_id", "partner_id");

    private final DSLContext db;
    private final RebuildLock lock;

    ReportingDisposal(DSLContext db, RebuildLock lock) {
        this.db = db;
        this.lock = lock;
    }

    @ApplicationModuleListener
    void on(CoupleDisposalApproved disposal) {
        lock.waitForRebuild();
        List<UUID> ids = new java.util.ArrayList<>(disposal.partnerIds());
        ids.add(disposal.coupleId());
        int rows = 0;
        for (Table<?> table : ReadModelSchema.TABLES) {
            for (String column : PERSON_COLUMNS) {
                Field<?> found = table.field(column);
                if (found == null || found.getType() != UUID.class) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Field<UUID> field = (Field<UUID>) found;
                for (UUID id : ids) {
                    rows += db.update(table).set(field, disposal.pseudonymOf(id)).where(field.eq(id)).execute();
                }
            }
        }
        log.info("Disposal {}: {} report row(s) now carry pseudonyms", disposal.disposalId(), rows);
    }
}
