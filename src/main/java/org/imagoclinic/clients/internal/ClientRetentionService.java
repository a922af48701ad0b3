package org.imagoclinic.clients.internal;

import static org.imagoclinic.clients.internal.db.Tables.COUPLE;
import static org.imagoclinic.clients.internal.db.Tables.EPISODE;
import static org.imagoclinic.clients.internal.db.Tables.PERSON;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.clients.ClientRetention;
import org.imagoclinic.clients.RetentionFacts;
import org.imagoclinic.clients.internal.db.tables.Episode;
import org.imagoclinic.clients.internal.db.tables.Person;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ClientRetentionService implements ClientRetention {

    private static final Person A = PERSON.as("partner_a");
    private static final Person B = PERSON.as("partner_b");
    private static final Episode ANY = EPISODE.as("any_episode");
    private static final Field<Boolean> EPISODE_OPEN = DSL.field(DSL.exists(DSL.selectOne().from(ANY)
            .where(ANY.COUPLE_ID.eq(COUPLE.ID), EpisodeRepository.isOpen(ANY))));
    private static final Field<Boolean> ANY_EPISODE = DSL.field(DSL.exists(DSL.selectOne().from(ANY)
            .where(ANY.COUPLE_ID.eq(COUPLE.ID))));
    private static final Field<LocalDate> LAST_CLOSED = DSL.field(DSL.select(DSL.max(ANY.CLOSED_ON)).from(ANY)
            .where(ANY.COUPLE_ID.eq(COUPLE.ID)));

    private final DSLContext db;
    private final Clock clock;

    ClientRetentionService(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RetentionFacts> withNoOpenEpisode() {
        return select(DSL.not(DSL.condition(EPISODE_OPEN)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RetentionFacts> of(UUID coupleId) {
        return select(COUPLE.ID.eq(coupleId)).stream().findFirst();
    }

    private List<RetentionFacts> select(Condition condition) {
        return db.select(COUPLE.ID, COUPLE.REGISTERED_AT, A.ID, B.ID, A.FIRST_NAME, A.PREFERRED_NAME, A.LAST_NAME, A.DATE_OF_BIRTH,
                        B.FIRST_NAME, B.PREFERRED_NAME, B.LAST_NAME, B.DATE_OF_BIRTH, EPISODE_OPEN, ANY_EPISODE, LAST_CLOSED)
                .from(COUPLE).join(A).on(A.ID.eq(COUPLE.PARTNER_A_ID)).join(B).on(B.ID.eq(COUPLE.PARTNER_B_ID))
                .where(condition)
                .orderBy(COUPLE.REGISTERED_AT)
                .fetch(this::facts);
    }

    private RetentionFacts facts(Record row) {
        boolean open = row.get(EPISODE_OPEN);
        return new RetentionFacts(row.get(COUPLE.ID),
                DisplayNames.of(DisplayNames.called(row.get(A.FIRST_NAME), row.get(A.PREFERRED_NAME)), row.get(A.LAST_NAME),
                        DisplayNames.called(row.get(B.FIRST_NAME), row.get(B.PREFERRED_NAME)), row.get(B.LAST_NAME)),
                row.get(COUPLE.REGISTERED_AT).atZoneSameInstant(clock.getZone()).toLocalDate(), open, row.get(ANY_EPISODE),
                open ? null : row.get(LAST_CLOSED), List.of(row.get(A.ID), row.get(B.ID)),
                List.of(row.get(A.DATE_OF_BIRTH), row.get(B.DATE_OF_BIRTH)));
    }
}
