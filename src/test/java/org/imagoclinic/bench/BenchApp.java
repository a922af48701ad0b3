package org.imagoclinic.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.imagoclinic.ImagoClinicApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application for a benchmark on the scale database (or SPRING_DATASOURCE_URL's), with the demo sign-ins. */
final class BenchApp {

    private BenchApp() {
    }

    /** Always a web application: Vaadin's security configuration needs one; {@code web} says whether the benchmark uses HTTP. */
    static ConfigurableApplicationContext start(boolean web, String... args) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("imago.embedded-database.data-dir", System.getProperty("scale.data-dir", "target/scale-db"));
        properties.put("imago.embedded-database.port", System.getProperty("scale.port", "15432"));
        properties.put("server.port", "0");
        properties.put("imago.demo.clinic.enabled", "false");
        properties.put("vaadin.devmode.devTools.enabled", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.imagoclinic.bench", "INFO");
        // system properties, because application.properties outranks the builder's defaults (server.port)
        properties.forEach((name, value) -> System.setProperty(name, System.getProperty(name, value.toString())));
        return new SpringApplicationBuilder(ImagoClinicApplication.class).profiles("scale", "demo")
                .web(WebApplicationType.SERVLET).run(args);
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
