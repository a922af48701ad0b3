package org.imagoclinic.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.imagoclinic.security.Roles;
import org.imagoclinic.staff.StaffMember;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.StaffQuery;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The directory's store and its search on a real PostgreSQL; each test rolls back. */
@ClinicIntegrationTest
@Transactional
class StaffRepositoryTests {

    @Autowired
    StaffRepository staff;

    @Autowired
    JdbcTemplate jdbc;

    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void eachWordMustStartAFirstNameALastNameOrAnEmailRegardlessOfCase() {
        UUID maya = add("Maya", "Brook" + tag, "maya." + tag + "@example.org");
        UUID milo = add("Milo", "Brook" + tag, "mb." + tag + "@example.org");

        assertThat(ids("brook" + tag.toUpperCase())).containsExactly(maya, milo);
        assertThat(ids("MAY brook" + tag)).containsExactly(maya);
        assertThat(ids("maya." + tag)).containsExactly(maya);
        assertThat(ids("rook" + tag)).as("only the start of a word matches").isEmpty();
    }

    @Test
    void wildcardsTypedIntoTheSearchAreTakenLiterally() {
        add("Nell", "Pct" + tag, "nell." + tag + "@example.org");

        assertThat(ids("%" + tag)).isEmpty();
        assertThat(ids("_ct" + tag)).isEmpty();
        assertThat(staff.count(new StaffQuery("%", null))).isZero();
    }

    @Test
    void listsByLastNameThenFirstNameAndFiltersByStatus() {
        UUID zed = add("Zed", "Able" + tag, "zed." + tag + "@example.org");
        UUID amy = add("Amy", "Cole" + tag, "amy." + tag + "@example.org");
        UUID bea = add("Bea", "Able" + tag, "bea." + tag + "@example.org");
        staff.deactivate(amy);

        assertThat(staff.find(new StaffQuery(null, null), 0, 10_000)).extracting(StaffMember::id)
                .containsSubsequence(bea, zed, amy);
        assertThat(ids("cole" + tag, true)).isEmpty();
        assertThat(ids("cole" + tag, false)).containsExactly(amy);
    }

    @Test
    void findsEmailsAndUserNamesRegardlessOfCase() {
        UUID id = add("Ola", "Dahl", "Ola.Dahl." + tag + "@Example.org");
        staff.setUsername(id, "ODahl" + tag);

        assertThat(staff.findByEmail("ola.dahl." + tag + "@example.ORG")).map(StaffMember::id).contains(id);
        assertThat(staff.emailTaken("OLA.DAHL." + tag + "@example.org", null)).isTrue();
        assertThat(staff.emailTaken("ola.dahl." + tag + "@example.org", id)).as("their own address").isFalse();
        assertThat(staff.usernameTaken("odahl" + tag)).isTrue();
        assertThat(staff.usernamesStartingWith("odahl" + tag)).containsExactly("odahl" + tag);
    }

    @Test
    void theSearchCanUseAnIndexOnEachColumnItLooksAt() {
        jdbc.execute("set local enable_seqscan = off");

        String plan = String.join("\n", jdbc.queryForList("explain select id from staff.staff_member "
                + "where lower(first_name) like 'ma%' or lower(last_name) like 'ma%' or lower(email) like 'ma%'",
                String.class));

        assertThat(plan).contains("staff_member_first_name_search", "staff_member_last_name_search",
                "staff_member_email_search");
    }

    private UUID add(String firstName, String lastName, String email) {
        UUID id = UUID.randomUUID();
        staff.insert(id, new StaffMemberDetails(null, firstName, lastName, email, null, Set.of(Roles.FRONT_DESK),
                null, null));
        return id;
    }

    private java.util.List<UUID> ids(String text) {
        return ids(text, null);
    }

    private java.util.List<UUID> ids(String text, Boolean active) {
        return staff.find(new StaffQuery(text, active), 0, 100).stream().map(StaffMember::id).toList();
    }
}
