package org.imagoclinic.reporting.internal;

import static org.imagoclinic.reporting.internal.db.Reporting.REPORTING;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;
import org.jooq.conf.SettingsTools;

/**
 * Where the read models' tables are: schema {@code reporting} for the listeners and the reports, or
 * a copy of its tables in another schema (the rebuild's fresh tables, a test's check). The generated
 * jOOQ classes name schema {@code reporting}; {@link #addressing} gives a {@link DSLContext} that
 * renders them into another schema, so that the same statements write either.
 */
final class ReadModelSchema {

    /** The live read models' schema. */
    static final String LIVE = REPORTING.getName();

    /** Every read-model table, as generated from schema {@code reporting}. */
    static final List<Table<?>> TABLES = REPORTING.getTables();

    private ReadModelSchema() {
    }

    /** The statements of {@code dsl}, with every table of schema {@code reporting} in {@code schema} instead. */
    static DSLContext addressing(DSLContext dsl, String schema) {
        if (schema.equals(LIVE)) {
            return dsl;
        }
        Settings settings = SettingsTools.clone(dsl.settings()).withRenderMapping(new RenderMapping()
                .withSchemata(new MappedSchema().withInput(LIVE).withOutput(schema)));
        return dsl.configuration().derive(settings).dsl();
    }
}
