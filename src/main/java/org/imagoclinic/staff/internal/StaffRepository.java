package org.imagoclinic.staff.internal;

import static org.imagoclinic.staff.internal.db.Tables.STAFF_MEMBER;
import static org.imagoclinic.staff.internal.db.Tables.THERAPIST_PROFILE;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.staff.AlreadyTakenException;
import org.imagoclinic.staff.Discipline;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.StaffQuery;
import org.imagoclinic.staff.TherapistDetails;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** The staff directory in schema {@code staff}; writes run in the caller's transaction. */
@Repository
class StaffRepository {

    private final DSLContext db;
    private final Clock clock;

    StaffRepository(DSLContext db, Clock clinicClock) {
        this.db = db;
        this.clock = clinicClock;
    }

    Optional<StaffMember> findById(UUID id) {
        return select().where(STAFF_MEMBER.ID.eq(id)).fetchOptional(StaffRepository::toStaffMember);
    }

    /** The person with the email address, regardless of case. */
    Optional<StaffMember> findByEmail(String email) {
        return select().where(lower(STAFF_MEMBER.EMAIL).eq(email.strip().toLowerCase(Locale.ROOT)))
                .fetchOptional(StaffRepository::toStaffMember);
    }

    /** One page ordered by last name, first name. */
    List<StaffMember> find(StaffQuery query, int offset, int limit) {
        return select().where(matching(query))
                .orderBy(lower(STAFF_MEMBER.LAST_NAME), lower(STAFF_MEMBER.FIRST_NAME), STAFF_MEMBER.ID)
                .offset(offset)
                .limit(limit)
                .fetch(StaffRepository::toStaffMember);
    }

    int count(StaffQuery query) {
        return db.fetchCount(STAFF_MEMBER, matching(query));
    }

    /** Active people holding the role, by name. */
    List<StaffMember> activeWithRole(String role) {
        return select().where(STAFF_MEMBER.ACTIVE.isTrue().and(STAFF_MEMBER.ROLES.contains(new String[] {role})))
                .orderBy(lower(STAFF_MEMBER.LAST_NAME), lower(STAFF_MEMBER.FIRST_NAME), STAFF_MEMBER.ID)
                .fetch(StaffRepository::toStaffMember);
    }

    /** Whether someone other than {@code except} has the email address, regardless of case. */
    boolean emailTaken(String email, @Nullable UUID except) {
        Condition others = except == null ? noCondition() : STAFF_MEMBER.ID.ne(except);
        return db.fetchExists(STAFF_MEMBER, lower(STAFF_MEMBER.EMAIL).eq(email.toLowerCase(Locale.ROOT)).and(others));
    }

    /** Whether a staff member already has the user name, regardless of case. */
    boolean usernameTaken(String username) {
        return db.fetchExists(STAFF_MEMBER, lower(STAFF_MEMBER.USERNAME).eq(username.toLowerCase(Locale.ROOT)));
    }

    /** The user names (lower case) that start with the prefix. */
    Set<String> usernamesStartingWith(String prefix) {
        return new HashSet<>(db.select(lower(STAFF_MEMBER.USERNAME)).from(STAFF_MEMBER)
                .where(lower(STAFF_MEMBER.USERNAME).like(likePrefix(prefix)))
                .fetch(0, String.class));
    }

    /**
     * Stores a new person; their therapist profile too when they hold a clinical role.
     *
     * @throws org.imagoclinic.staff.AlreadyTakenException when someone else has the email address
     */
    void insert(UUID id, StaffMemberDetails details) {
        emailUnique(details, () -> db.insertInto(STAFF_MEMBER)
                .set(STAFF_MEMBER.ID, id)
                .set(STAFF_MEMBER.TITLE, details.title())
                .set(STAFF_MEMBER.FIRST_NAME, details.firstName())
                .set(STAFF_MEMBER.LAST_NAME, details.lastName())
                .set(STAFF_MEMBER.EMAIL, details.email())
                .set(STAFF_MEMBER.PHONE, details.phone())
                .set(STAFF_MEMBER.ROLES, details.roles().stream().sorted().toArray(String[]::new))
                .set(STAFF_MEMBER.CREATED_AT, OffsetDateTime.now(clock))
                .execute());
        saveTherapistProfile(id, details);
    }

    /**
     * Replaces the person's details; their therapist profile is kept when they give up clinical work.
     *
     * @throws org.imagoclinic.staff.AlreadyTakenException when someone else has the email address
     */
    void update(UUID id, StaffMemberDetails details) {
        emailUnique(details, () -> db.update(STAFF_MEMBER)
                .set(STAFF_MEMBER.TITLE, details.title())
                .set(STAFF_MEMBER.FIRST_NAME, details.firstName())
                .set(STAFF_MEMBER.LAST_NAME, details.lastName())
                .set(STAFF_MEMBER.EMAIL, details.email())
                .set(STAFF_MEMBER.PHONE, details.phone())
                .set(STAFF_MEMBER.ROLES, details.roles().stream().sorted().toArray(String[]::new))
                .where(STAFF_MEMBER.ID.eq(id))
                .execute());
        saveTherapistProfile(id, details);
    }

    /** The service checks first; this catches someone saving the same address at the same moment. */
    private static void emailUnique(StaffMemberDetails details, Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException raced) {
            throw new AlreadyTakenException("email",
                    "Another staff member was just saved with the email address " + details.email() + ".");
        }
    }

    void setUsername(UUID id, String username) {
        db.update(STAFF_MEMBER).set(STAFF_MEMBER.USERNAME, username).where(STAFF_MEMBER.ID.eq(id)).execute();
    }

    void deactivate(UUID id) {
        db.update(STAFF_MEMBER).set(STAFF_MEMBER.ACTIVE, false).where(STAFF_MEMBER.ID.eq(id)).execute();
    }

    private void saveTherapistProfile(UUID id, StaffMemberDetails details) {
        TherapistDetails therapist = details.therapist();
        if (therapist == null || !StaffMember.clinical(details.roles())) {
            return;
        }
        db.insertInto(THERAPIST_PROFILE)
                .set(THERAPIST_PROFILE.STAFF_ID, id)
                .set(THERAPIST_PROFILE.CREDENTIALS, therapist.credentials())
                .set(THERAPIST_PROFILE.LICENCE_NUMBER, therapist.licenceNumber())
                .set(THERAPIST_PROFILE.NPI, therapist.npi())
                .set(THERAPIST_PROFILE.DISCIPLINE, therapist.discipline().name())
                .set(THERAPIST_PROFILE.CALENDAR_COLOUR, therapist.calendarColour())
                .set(THERAPIST_PROFILE.UNDER_SUPERVISION, therapist.underSupervision())
                .onConflict(THERAPIST_PROFILE.STAFF_ID)
                .doUpdate()
                .set(THERAPIST_PROFILE.CREDENTIALS, therapist.credentials())
                .set(THERAPIST_PROFILE.LICENCE_NUMBER, therapist.licenceNumber())
                .set(THERAPIST_PROFILE.NPI, therapist.npi())
                .set(THERAPIST_PROFILE.DISCIPLINE, therapist.discipline().name())
                .set(THERAPIST_PROFILE.CALENDAR_COLOUR, therapist.calendarColour())
                .set(THERAPIST_PROFILE.UNDER_SUPERVISION, therapist.underSupervision())
                .execute();
    }

    private SelectOnConditionStep<Record> select() {
        return db.select(STAFF_MEMBER.asterisk(), THERAPIST_PROFILE.asterisk())
                .from(STAFF_MEMBER)
                .leftJoin(THERAPIST_PROFILE).on(THERAPIST_PROFILE.STAFF_ID.eq(STAFF_MEMBER.ID));
    }

    /** Each word must start the first name, the last name or the email address; see the indexes in V2. */
    private static Condition matching(StaffQuery query) {
        Condition condition = query.active() == null ? noCondition() : STAFF_MEMBER.ACTIVE.eq(query.active());
        String text = query.text() == null ? "" : query.text().strip().toLowerCase(Locale.ROOT);
        for (String word : text.isEmpty() ? new String[0] : text.split("\\s+")) {
            String pattern = likePrefix(word);
            condition = condition.and(lower(STAFF_MEMBER.FIRST_NAME).like(pattern)
                    .or(lower(STAFF_MEMBER.LAST_NAME).like(pattern))
                    .or(lower(STAFF_MEMBER.EMAIL).like(pattern)));
        }
        return condition;
    }

    /** A LIKE pattern for "starts with", the wildcards in the text taken literally (backslash is the default escape). */
    private static String likePrefix(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static StaffMember toStaffMember(Record row) {
        Set<String> roles = Set.of(row.get(STAFF_MEMBER.ROLES));
        TherapistDetails therapist = row.get(THERAPIST_PROFILE.STAFF_ID) == null || !StaffMember.clinical(roles)
                ? null
                : new TherapistDetails(row.get(THERAPIST_PROFILE.CREDENTIALS), row.get(THERAPIST_PROFILE.LICENCE_NUMBER),
                        row.get(THERAPIST_PROFILE.NPI),
                        Discipline.valueOf(row.get(THERAPIST_PROFILE.DISCIPLINE)),
                        row.get(THERAPIST_PROFILE.CALENDAR_COLOUR), row.get(THERAPIST_PROFILE.UNDER_SUPERVISION));
        return new StaffMember(row.get(STAFF_MEMBER.ID), row.get(STAFF_MEMBER.TITLE), row.get(STAFF_MEMBER.FIRST_NAME),
                row.get(STAFF_MEMBER.LAST_NAME), row.get(STAFF_MEMBER.EMAIL), row.get(STAFF_MEMBER.PHONE), roles,
                row.get(STAFF_MEMBER.ACTIVE), row.get(STAFF_MEMBER.USERNAME), therapist);
    }
}
