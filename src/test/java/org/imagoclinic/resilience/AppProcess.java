package org.imagoclinic.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.imagoclinic.ImagoClinicApplication;

/**
 * The application in a JVM of its own, started from the test JVM's classpath and main class against
 * a database the test owns, so that it can be killed like a crashed server (SIGKILL: no shutdown
 * hook, no graceful end of the event listeners) while the database lives on.
 */
final class AppProcess {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application with the demo sign-ins (not the demo clinic) and waits until it is ready. */
    static AppProcess start(String jdbcUrl, Path log) throws IOException, InterruptedException {
        return start(jdbcUrl, log, freePort(), List.of());
    }

    /**
     * As {@link #start(String, Path)}, on the given port (a restart keeps its place behind a balancer)
     * and with more system properties, which win over the defaults here.
     */
    static AppProcess start(String jdbcUrl, Path log, int port, List<String> properties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dspring.datasource.url=" + jdbcUrl,
                "-Dspring.datasource.username=postgres",
                "-Dspring.datasource.password=postgres",
                "-Dserver.port=" + port,
                "-Dspring.profiles.active=demo",
                "-Dimago.demo.clinic.enabled=false",
                // a killed run's publications are taken over after a lease of 30 s instead of 5 minutes (ADR 0057)
                "-Dimago.events.lease=30s", "-Dimago.events.resubmission.every=5s",
                "-Dvaadin.devmode.devTools.enabled=false",
                "-Dvaadin.launch-browser=false"));
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                ImagoClinicApplication.class.getName()));
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        AppProcess app = new AppProcess(builder.start(), port, log);
        app.awaitReady();
        return app;
    }

    int port() {
        return port;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** kill -9: {@link Process#destroyForcibly()} sends SIGKILL on Linux. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** An orderly stop (SIGTERM), for the end of the test. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The application did not become ready in " + START_TIMEOUT + "; see " + log);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
