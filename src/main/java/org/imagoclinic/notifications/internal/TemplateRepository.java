package org.imagoclinic.notifications.internal;

import static org.imagoclinic.notifications.internal.db.Tables.CLINIC_CONTACT;
import static org.imagoclinic.notifications.internal.db.Tables.MESSAGE_TEMPLATE;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.imagoclinic.notifications.ClinicContact;
import org.imagoclinic.notifications.MessageTemplate;
import org.imagoclinic.notifications.MessageTemplate.TemplateKind;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The clinic's templates and contact details (rows the first migration writes). */
@Repository
class TemplateRepository {

    private final DSLContext db;

    TemplateRepository(DSLContext db) {
        this.db = db;
    }

    List<MessageTemplate> all() {
        return db.selectFrom(MESSAGE_TEMPLATE).orderBy(MESSAGE_TEMPLATE.TEMPLATE)
                .fetch(row -> new MessageTemplate(TemplateKind.valueOf(row.getTemplate()), row.getSubject(),
                        row.getBodyText(), row.getBodyHtml()));
    }

    MessageTemplate get(TemplateKind kind) {
        return all().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    void save(MessageTemplate template, Instant now) {
        db.update(MESSAGE_TEMPLATE).set(MESSAGE_TEMPLATE.SUBJECT, template.subject())
                .set(MESSAGE_TEMPLATE.BODY_TEXT, template.bodyText()).set(MESSAGE_TEMPLATE.BODY_HTML, template.bodyHtml())
                .set(MESSAGE_TEMPLATE.CHANGED_AT, now.atOffset(ZoneOffset.UTC))
                .where(MESSAGE_TEMPLATE.TEMPLATE.eq(template.kind().name())).execute();
    }

    ClinicContact clinic() {
        return db.selectFrom(CLINIC_CONTACT).fetchSingle(row -> new ClinicContact(row.getClinicName(), row.getAddress(),
                row.getPhone(), row.getCancellationPolicy()));
    }

    void save(ClinicContact contact) {
        db.update(CLINIC_CONTACT).set(CLINIC_CONTACT.CLINIC_NAME, contact.clinicName())
                .set(CLINIC_CONTACT.ADDRESS, contact.address()).set(CLINIC_CONTACT.PHONE, contact.phone())
                .set(CLINIC_CONTACT.CANCELLATION_POLICY, contact.cancellationPolicy()).execute();
    }
}
