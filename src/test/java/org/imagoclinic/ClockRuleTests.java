package org.imagoclinic;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The clock rule of {@link ArchitectureTests} finds what it is meant to find, and only that. */
class ClockRuleTests {

    @Test
    void theRuleRefusesEveryWayOfReadingTheMachinesClock() {
        JavaClasses classes = new ClassFileImporter().importClasses(ReadsTheMachine.class);

        String report = ArchitectureTests.timeOnlyFromTheClinicClock.evaluate(classes).getFailureReport().toString();

        assertThat(report).contains("Instant.now()", "LocalDate.now(java.time.ZoneId)", "Clock.systemUTC()",
                "System.currentTimeMillis()", "Date.<init>()");
    }

    @Test
    void theRuleAcceptsTimeReadFromAClock() {
        JavaClasses classes = new ClassFileImporter().importClasses(ReadsTheClinicClock.class);

        assertThat(ArchitectureTests.timeOnlyFromTheClinicClock.evaluate(classes).hasViolation()).isFalse();
    }

    static final class ReadsTheMachine {
        Object[] times() {
            return new Object[] {Instant.now(), LocalDate.now(ZoneId.of("Europe/London")), Clock.systemUTC(),
                System.currentTimeMillis(), new java.util.Date()};
        }
    }

    static final class ReadsTheClinicClock {
        Object[] times(Clock clinic) {
            return new Object[] {Instant.now(clinic), LocalDate.now(clinic), clinic.instant()};
        }
    }
}
