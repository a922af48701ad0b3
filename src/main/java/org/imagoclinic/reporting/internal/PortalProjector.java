package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Tables.HOME_PRACTICE;

import org.imagoclinic.portal.HomePracticeLogged;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The portal's events into the read models: home practice a partner logged (ADR 0058), facts only. */
@Component
class PortalProjector {

    void practised(HomePracticeLogged e, DSLContext db) {
        var p = HOME_PRACTICE;
        db.insertInto(p, p.ENTRY_ID, p.COUPLE_ID, p.PARTNER_ID, p.DAY, p.KIND, p.MINUTES)
                .values(e.entryId(), e.coupleId(), e.personId(), e.day(), e.kind().name(), e.minutes())
                .onConflictDoNothing().execute();
    }
}
