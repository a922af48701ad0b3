package org.imagoclinic.records.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Spring Modulith's event publications (schema {@code public}, owned by no module), as far as a disposal
 * needs them (ADR 0049). Completed publications stay in the archive because the reports are rebuilt from
 * them; a disposed-of couple's events keep their place there, so the counts stay, but every id of the
 * couple or its partners is replaced by its pseudonym and every free-text field that may name someone
 * (a reason, a referral source, an e-mail address…) is emptied.
 */
@Component
class PublicationArchive {

    /** Event fields that may hold a name, an address or words about a person. */
    static final Set<String> FREE_TEXT = Set.of("email", "recipient", "reason", "referralSource", "note", "text",
            "details", "name", "displayName", "firstName", "lastName", "phone", "address", "title");

    private static final Field<UUID> ID = DSL.field("id", UUID.class);
    private static final Field<String> EVENT = DSL.field("serialized_event", String.class);

    private final DSLContext db;
    private final JsonMapper json;

    PublicationArchive(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Whether a publication that mentions one of the ids still waits for its listener. */
    boolean outstanding(Set<UUID> ids) {
        return db.fetchExists(db.selectOne().from("event_publication")
                .where("completion_date is null and serialized_event like any ({0})", patterns(ids)));
    }

    /** Rewrites the archived publications that mention the ids; returns how many. */
    int pseudonymise(Map<UUID, UUID> pseudonyms) {
        List<Record2<UUID, String>> rows = db.select(ID, EVENT).from("event_publication_archive")
                .where("serialized_event like any ({0})", patterns(pseudonyms.keySet()))
                .fetch();
        for (Record2<UUID, String> row : rows) {
            String event = row.value2();
            for (Map.Entry<UUID, UUID> id : pseudonyms.entrySet()) {
                event = event.replace(id.getKey().toString(), id.getValue().toString());
            }
            db.update(DSL.table("event_publication_archive")).set(EVENT, withoutFreeText(event)).where(ID.eq(row.value1()))
                    .execute();
        }
        return rows.size();
    }

    private String withoutFreeText(String event) {
        JsonNode tree = json.readTree(event);
        if (tree instanceof ObjectNode object) {
            for (String field : FREE_TEXT) {
                if (object.has(field) && object.get(field).isString()) {
                    object.put(field, "");
                }
            }
            return json.writeValueAsString(object);
        }
        return event;
    }

    private static Field<String[]> patterns(Set<UUID> ids) {
        return DSL.val(ids.stream().map(id -> "%" + id + "%").toArray(String[]::new));
    }
}
