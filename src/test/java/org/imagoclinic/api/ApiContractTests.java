package org.imagoclinic.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API's published description ({@code /v3/api-docs}) is one a client can be generated
 * from: Redocly CLI's recommended rules find nothing in it (every operation summarised, tagged,
 * secured and with its problem responses; ids unique; a licence and a real server), and the copy
 * committed in {@code docs/api/openapi.json}, from which the build generates the Java client that
 * {@link ApiClientTests} books with, is the one the application publishes. After a change to the
 * API, refresh the copy with {@code -Dimago.api.update=true} and commit it.
 */
@ClinicIntegrationTest
class ApiContractTests {

    private static final Path PUBLISHED = Path.of("target/api/openapi.json");
    private static final Path COMMITTED = Path.of("docs/api/openapi.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void theCommittedCopyIsTheDescriptionTheApplicationPublishes() throws Exception {
        String published = writePublishedDescription();
        if (Boolean.getBoolean("imago.api.update")) {
            Files.writeString(COMMITTED, published);
        }

        JsonNode committed = JSON.readTree(Files.readString(COMMITTED));
        assertThat(committed)
                .as("docs/api/openapi.json differs from what /v3/api-docs publishes (written to " + PUBLISHED
                        + "): refresh it with -Dimago.api.update=true and commit it")
                .isEqualTo(JSON.readTree(published));
    }

    @Test
    void theDescriptionPassesRedoclysRecommendedRules() throws Exception {
        writePublishedDescription();

        Process lint = new ProcessBuilder("bash", "src/build/api-lint/lint.sh", PUBLISHED.toString())
                .redirectErrorStream(true).start();
        String findings = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(3, TimeUnit.MINUTES)).as("Redocly finished").isTrue();

        assertThat(lint.exitValue()).as("Redocly's findings:\n" + findings).isZero();
        assertThat(findings).contains("Your API description is valid");
    }

    private String writePublishedDescription() throws Exception {
        String raw = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(raw)) + "\n";
        Files.createDirectories(PUBLISHED.getParent());
        Files.writeString(PUBLISHED, pretty);
        return pretty;
    }
}
