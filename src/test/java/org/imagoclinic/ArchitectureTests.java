package org.imagoclinic;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.util.Set;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The house rules that Spring Modulith does not check itself (docs/architecture.md). */
@AnalyzeClasses(packages = "org.imagoclinic", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule vaadinOnlyInViewsTheShellAndSecurity = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.imagoclinic.security..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("views live in their module's ui package; services must stay usable from the REST API");

    @ArchTest
    static final ArchRule databaseAccessOnlyInInternalPackages = noClasses()
            .that().resideOutsideOfPackage("..internal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "..internal.db..")
            .because("persistence is a module's inside: views and APIs go through its services");

    @ArchTest
    static final ArchRule viewsDoNotNameTheLayout = noClasses()
            .that().resideInAPackage("..ui..").and().resideOutsideOfPackage("org.imagoclinic.shared.ui..")
            .should().dependOnClassesThat().haveSimpleName("MainLayout")
            .because("the shell builds its menu from @Menu entries, so nothing points back at it");

    @ArchTest
    static final ArchRule csvOnlyThroughTheSpreadsheetSafeWriter = noClasses()
            .that().doNotHaveFullyQualifiedName("org.imagoclinic.shared.SpreadsheetSafeCsv")
            .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..")
            .because("every CSV the product writes neutralises formula cells in one place (ADR 0028)");

    @ArchTest
    static final ArchRule onlyNotificationsSendsMail = noClasses()
            .that().resideOutsideOfPackage("org.imagoclinic.notifications..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.mail..", "jakarta.mail..",
                    "com.icegreen.greenmail..")
            .because("every message to clients goes through the notifications module's outbox, with consent, "
                    + "quiet hours and safe contact checked (ADR 0033)");

    @ArchTest
    static final ArchRule recordsReleasedOnlyByTheRecordsModule = noClasses()
            .that().resideOutsideOfPackage("org.imagoclinic.records..")
            .and().haveSimpleNameNotEndingWith("RecordReleaseService")
            .should().dependOnClassesThat(JavaClass.Predicates.simpleNameEndingWith("RecordRelease")
                    .or(JavaClass.Predicates.simpleNameEndingWith("ForRelease")))
            .because("these reads check no care team: the records module decides who may release a record and "
                    + "audits it (ADR 0040)");

    @ArchTest
    static final ArchRule timedWorkOnlyOnTheModuleScheduler = noClasses()
            .that().doNotHaveFullyQualifiedName("org.imagoclinic.shared.internal.AbandonedPublicationsResubmission")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.scheduling.annotation.Scheduled")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.scheduling.TaskScheduler")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ScheduledExecutorService")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Timer")
            .because("with several instances on one database, work on a timetable must run once: shared.ModuleScheduler "
                    + "(db-scheduler) does that; the resubmission of abandoned event publications runs on every instance "
                    + "under an advisory lock (ADR 0043, ADR 0057)");

    @ArchTest
    static final ArchRule noCyclesBetweenModules = slices()
            .matching("org.imagoclinic.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideModules = slices()
            .matching("org.imagoclinic.(*).(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule timeOnlyFromTheClinicClock = noClasses()
            .that().doNotHaveFullyQualifiedName("org.imagoclinic.shared.internal.ClinicClockConfiguration")
            .should().callCodeUnitWhere(readsTheMachinesClock().and(DescribedPredicate.not(measuresAContainersTimestamp())))
            .because("the time comes from the clinic's Clock bean, so that tests decide what time it is");

    private static final Set<String> DATE_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
            "java.time.LocalDateTime", "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    /**
     * The one place the machine's clock is right: a web session's idle time, measured against the
     * servlet container's own stamps, which come from the machine's clock.
     */
    static DescribedPredicate<JavaCall<?>> measuresAContainersTimestamp() {
        return DescribedPredicate.describe("measure a servlet container's timestamp", call ->
                call.getOriginOwner().getName().equals("org.imagoclinic.security.internal.SignInAuditor")
                        && call.getTarget().getName().equals("currentTimeMillis"));
    }

    /**
     * {@code now()} and {@code now(ZoneId)} of every java.time type (only {@code now(Clock)} is fine),
     * the system clocks, {@code System.currentTimeMillis()}, {@code new Date()} and
     * {@code Calendar.getInstance()}.
     */
    static DescribedPredicate<JavaCall<?>> readsTheMachinesClock() {
        return DescribedPredicate.describe("read the machine's clock", call -> {
            CodeUnitCallTarget target = call.getTarget();
            String owner = target.getOwner().getName();
            String name = target.getName();
            boolean takesClock = target.getRawParameterTypes().stream().anyMatch(equivalentTo(Clock.class));
            return DATE_TYPES.contains(owner) && name.equals("now") && !takesClock
                    || owner.equals("java.time.Clock") && Set.of("systemDefaultZone", "systemUTC", "system").contains(name)
                    || owner.equals("java.lang.System") && name.equals("currentTimeMillis")
                    || owner.equals("java.util.Date") && name.equals("<init>") && target.getRawParameterTypes().isEmpty()
                    || owner.equals("java.util.Calendar") && name.equals("getInstance");
        });
    }
}
