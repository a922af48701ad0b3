package org.imagoclinic.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.imagoclinic.assessments.ClinicFigures;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.Norms;
import org.imagoclinic.reporting.NormsUsed;
import org.junit.jupiter.api.Test;

/** Every report, tab, CSV and PDF prints {@link NormsUsed#describe()}: it names the norms a class came from. */
class NormsUsedTests {

    static final ClinicFigures CLINIC = new ClinicFigures(7, "CSI-16", 212, 12.4123, 0.9312, LocalDate.of(2026, 12, 7),
            Instant.parse("2026-12-07T10:35:00Z"), false);

    @Test
    void classesFromTheClinicSampleSayHowManyBaselinesWhichFiguresAndOfWhen() {
        NormsUsed used = OutcomesAssembler.norms(csi16(Norms.of(CLINIC), CLINIC));

        assertThat(used.configured()).isTrue();
        assertThat(used.describe()).contains("classes from clinic sample, n = 212 baselines, SD 12.4, α .93, as of 2026-12-07");
    }

    @Test
    void withoutNormsTheReportSaysHowManyMoreBaselinesAreNeeded() {
        ClinicFigures eighteen = new ClinicFigures(8, "CSI-16", 18, 11.0, 0.9, LocalDate.of(2026, 12, 7),
                Instant.parse("2026-12-07T10:35:00Z"), false);
        NormsUsed used = OutcomesAssembler.norms(csi16(null, eighteen));

        assertThat(used.configured()).isFalse();
        assertThat(used.describe()).contains("no partner or couple can be classified yet")
                .contains("12 more baselines needed");
    }

    @Test
    void publishedNormsNameTheirSource() {
        Norms published = new Norms(new BigDecimal("7.8"), new BigDecimal("0.94"), "Author (2020), Table 2");
        assertThat(OutcomesAssembler.norms(csi16(published, CLINIC)).describe())
                .contains("classes from published norms: Author (2020), Table 2 (SD 7.8, reliability 0.94)");
    }

    private static Instrument csi16(Norms norms, ClinicFigures clinic) {
        return new Instrument("CSI-16", "Couples Satisfaction Index", "-", "-", null, 0, 81, true, new BigDecimal("51.5"),
                null, norms, List.of(), clinic);
    }
}
