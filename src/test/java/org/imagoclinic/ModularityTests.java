package org.imagoclinic;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds, and its diagrams are written to target/spring-modulith-docs. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ImagoClinicApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void everyModuleOfTheDesignExists() {
        org.assertj.core.api.Assertions.assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("clients", "scheduling", "assessments", "reporting", "staff",
                        "security", "audit", "shared", "demo");
    }

    @Test
    void writesModuleDiagramsAndCanvases() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
    }
}
