package org.imagoclinic;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
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
    static final ArchRule noCyclesBetweenModules = slices()
            .matching("org.imagoclinic.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideModules = slices()
            .matching("org.imagoclinic.(*).(*)..")
            .should().beFreeOfCycles();
}
