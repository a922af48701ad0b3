package org.imagoclinic.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.imagoclinic.ImagoClinicApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application for a benchmark on the scale database (or SPRING_DATASOURCE_URL's), with the demo sign-ins. */
final class BenchApp {

    private BenchApp() {
    }

    /** Always a web application: Vaadin's security configuration needs one; {@code web} says whether the benchmark uses HTTP. */
    static ConfigurableApplicationContext start(boolean web, String... args) {
        return start(web, new ApplicationContextInitializer<?>[0], args);
    }

    /** The same, with these initializers run before the context refreshes (e.g. {@link StatementCounter#installer()}). */
    static ConfigurableApplicationContext start(boolean web, ApplicationContextInitializer<?>[] initializers,
                                                String... args) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("imago.embedded-database.data-dir", System.getProperty("scale.data-dir", "target/scale-db"));
        properties.put("imago.embedded-database.port", System.getProperty("scale.port", "15432"));
        // PostgreSQL's default 128 MB of buffers makes the scale data's index probes read from disk (benchmarks.md)
        properties.put("imago.embedded-database.shared-buffers", System.getProperty("scale.shared-buffers", "2GB"));
        properties.put("imago.embedded-database.maintenance-work-mem", System.getProperty("scale.maintenance-work-mem", "1GB"));
        properties.put("server.port", "0");
        properties.put("imago.demo.clinic.enabled", "false");
        properties.put("vaadin.devmode.devTools.enabled", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.imagoclinic.bench", "INFO");
        // system properties, because application.properties outranks the builder's defaults (server.port)
        properties.forEach((name, value) -> System.setProperty(name, System.getProperty(name, value.toString())));
        return new SpringApplicationBuilder(ImagoClinicApplication.class).profiles("scale", "demo")
                .web(WebApplicationType.SERVLET).initializers(initializers).run(args);
    }

    /**
     * An {@code Authorization} header for API calls as a real client makes them (ADR 0019): a new
     * account with an ordinary password hash trades its password for a bearer token once.
     */
    static String bearerAuthorization(ConfigurableApplicationContext context, String role) throws Exception {
        String password = "bench-password-2026";
        String user = org.imagoclinic.security.internal.TestAccounts.create(context, "bench", "Bench Client", password,
                false, role);
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/tokens"))
                        .header("Authorization", basic).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("No API token: " + answer.statusCode() + " " + answer.body());
        }
        return "Bearer " + answer.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    /** p50, p95, p99 and max of these durations in milliseconds, as one line. */
    static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return String.format("n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms", sorted.length,
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)] / 1e6;
    }
}
