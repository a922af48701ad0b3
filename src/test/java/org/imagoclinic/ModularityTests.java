package org.imagoclinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
import org.springframework.modulith.docs.Documenter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module structure holds; on request ({@code -Dimago.docs.modules=true}, docs/architecture.md) its
 * diagrams and canvases are written to target/spring-modulith-docs.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ImagoClinicApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void everyModuleOfTheDesignExists() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("clients", "scheduling", "assessments", "reporting", "staff",
                        "security", "audit", "shared", "demo", "billing", "notifications", "records", "portal",
                        "integrations");
    }

    /**
     * The application reads this description at start instead of analysing the classes (ADR 0022):
     * the same modules in the same order (Flyway migrates them in it), each with the same dependencies.
     */
    @Test
    void theBuildsDescriptionOfTheModulesIsCurrent() throws IOException {
        ClassPathResource description = new ClassPathResource("META-INF/spring-modulith/application-modules.json");
        assertThat(description.exists()).as("written by the build in process-classes").isTrue();
        Map<String, Object> built = modulesIn(description.getContentAsString(StandardCharsets.UTF_8));
        Map<String, Object> current = modulesIn(new ApplicationModulesExporter(MODULES).toJson());
        assertThat(built.keySet()).as("stale: run ./mvnw process-classes").containsExactlyElementsOf(current.keySet());
        assertThat(built).as("stale: run ./mvnw process-classes").isEqualTo(current);
    }

    /**
     * The modules in their order, each module's dependencies, and each dependency's types, as sets
     * (the exporter lists those in no fixed order).
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> modulesIn(String json) {
        Map<String, Object> modules = JsonMapper.builder().build().readValue(json, LinkedHashMap.class);
        modules.values().forEach(module -> ((Map<String, Object>) module).computeIfPresent("dependencies",
                (key, dependencies) -> ((List<Map<String, Object>>) dependencies).stream()
                        .map(dependency -> Map.of("target", dependency.get("target"),
                                "types", Set.copyOf((List<Object>) dependency.get("types"))))
                        .collect(Collectors.toSet())));
        return modules;
    }

    /** Documentation, not a check: half a minute of the suite's time, so only when asked for. */
    @Test
    @EnabledIfSystemProperty(named = "imago.docs.modules", matches = "true")
    void writesModuleDiagramsAndCanvases() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
    }
}
