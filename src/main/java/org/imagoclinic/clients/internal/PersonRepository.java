package org.imagoclinic.clients.internal;

import static org.imagoclinic.clients.internal.db.Tables.COUPLE;
import static org.imagoclinic.clients.internal.db.Tables.PERSON;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.clients.PersonMatch;
import org.imagoclinic.clients.internal.db.tables.Person;
import org.imagoclinic.clients.internal.db.tables.records.PersonRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** People who come as partners, in schema {@code clients}; writes join the caller's transaction. */
@Repository
class PersonRepository {

    private static final int MAX_MATCHES = 10;

    private final DSLContext db;

    PersonRepository(DSLContext db) {
        this.db = db;
    }

    UUID insert(PartnerDetails details, OffsetDateTime now) {
        UUID id = UUID.randomUUID();
        PersonRecord row = db.newRecord(PERSON);
        row.setId(id);
        row.setCreatedAt(now);
        fill(row, details, now);
        row.insert();
        return id;
    }

    void update(UUID personId, PartnerDetails details, OffsetDateTime now) {
        PersonRecord row = db.fetchSingle(PERSON, PERSON.ID.eq(personId));
        fill(row, details, now);
        row.update();
    }

    Optional<PartnerDetails> find(UUID personId) {
        return db.selectFrom(PERSON).where(PERSON.ID.eq(personId).and(PERSON.DELETED_AT.isNull()))
                .fetchOptional(PersonRepository::toDetails);
    }

    /** Known people with the same date of birth and the same name or email address, best match first. */
    List<PersonMatch> matches(PartnerDetails details) {
        if (details.dateOfBirth() == null) {
            return List.of();
        }
        List<Condition> alike = new ArrayList<>();
        if (!Text.blank(details.firstName()) && !Text.blank(details.lastName())) {
            alike.add(DSL.lower(PERSON.FIRST_NAME).eq(Text.required(details.firstName()).toLowerCase())
                    .and(DSL.lower(PERSON.LAST_NAME).eq(Text.required(details.lastName()).toLowerCase())));
        }
        if (!Text.blank(details.email())) {
            alike.add(DSL.lower(PERSON.EMAIL).eq(Text.required(details.email()).toLowerCase()));
        }
        if (alike.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(PERSON)
                .where(PERSON.DATE_OF_BIRTH.eq(details.dateOfBirth()))
                .and(PERSON.DELETED_AT.isNull())
                .and(DSL.or(alike))
                .orderBy(PERSON.UPDATED_AT.desc())
                .limit(MAX_MATCHES)
                .fetch(row -> toMatch(row, details))
                .stream()
                .sorted((a, b) -> Boolean.compare(b.sameName() && b.sameEmail(), a.sameName() && a.sameEmail()))
                .toList();
    }

    private PersonMatch toMatch(PersonRecord row, PartnerDetails details) {
        boolean sameName = row.getFirstName().equalsIgnoreCase(String.valueOf(details.firstName()).strip())
                && row.getLastName().equalsIgnoreCase(String.valueOf(details.lastName()).strip());
        boolean sameEmail = row.getEmail() != null && details.email() != null
                && row.getEmail().equalsIgnoreCase(details.email().strip());
        return new PersonMatch(row.getId(), row.getFirstName(), row.getLastName(), row.getDateOfBirth(),
                row.getEmail(), sameName, sameEmail, couplesOf(row.getId()));
    }

    /** The display names of the couples a person is or was in, newest first. */
    private List<String> couplesOf(UUID personId) {
        Person a = PERSON.as("a");
        Person b = PERSON.as("b");
        return db.select(a.FIRST_NAME, a.PREFERRED_NAME, a.LAST_NAME, b.FIRST_NAME, b.PREFERRED_NAME, b.LAST_NAME)
                .from(COUPLE)
                .join(a).on(a.ID.eq(COUPLE.PARTNER_A_ID))
                .join(b).on(b.ID.eq(COUPLE.PARTNER_B_ID))
                .where(COUPLE.PARTNER_A_ID.eq(personId).or(COUPLE.PARTNER_B_ID.eq(personId)))
                .and(COUPLE.DELETED_AT.isNull())
                .orderBy(COUPLE.REGISTERED_AT.desc())
                .fetch(row -> DisplayNames.of(DisplayNames.called(row.value1(), row.value2()), row.value3(),
                        DisplayNames.called(row.value4(), row.value5()), row.value6()));
    }

    private static void fill(PersonRecord row, PartnerDetails details, OffsetDateTime now) {
        row.setFirstName(Text.required(details.firstName()));
        row.setLastName(Text.required(details.lastName()));
        row.setPreferredName(Text.clean(details.preferredName()));
        row.setPronouns(Text.clean(details.pronouns()));
        row.setDateOfBirth(details.dateOfBirth());
        row.setEmail(Text.clean(details.email()));
        row.setPhone(Text.clean(details.phone()));
        row.setAddress(Text.clean(details.address()));
        PartnerDetails.EmergencyContact contact = details.emergencyContact();
        boolean hasContact = contact != null && !Text.blank(contact.name());
        row.setEmergencyContactName(hasContact ? Text.clean(contact.name()) : null);
        row.setEmergencyContactPhone(hasContact ? Text.clean(contact.phone()) : null);
        row.setEmergencyContactRelationship(hasContact ? Text.clean(contact.relationship()) : null);
        row.setUpdatedAt(now);
    }

    static PartnerDetails toDetails(Record row) {
        return toDetails(row, PERSON);
    }

    /** The details of a person read through an alias of the person table. */
    static PartnerDetails toDetails(Record row, Person person) {
        String contactName = row.get(person.EMERGENCY_CONTACT_NAME);
        PartnerDetails.EmergencyContact contact = contactName == null ? null
                : new PartnerDetails.EmergencyContact(contactName, row.get(person.EMERGENCY_CONTACT_PHONE),
                        row.get(person.EMERGENCY_CONTACT_RELATIONSHIP));
        return new PartnerDetails(row.get(person.FIRST_NAME), row.get(person.LAST_NAME),
                row.get(person.PREFERRED_NAME), row.get(person.PRONOUNS), row.get(person.DATE_OF_BIRTH),
                row.get(person.EMAIL), row.get(person.PHONE), row.get(person.ADDRESS), contact);
    }
}
