package org.imagoclinic.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application as a separate process, started from a built jar (the production build,
 * {@code ./mvnw -Pproduction package}) the way a user starts it, on an embedded PostgreSQL with
 * its data in a given folder and the demo profile. Keeps the lines it logs, each with the time it
 * arrived, and writes them to {@code <data folder>/../<name>.log} for a look afterwards.
 */
final class AppProcess implements AutoCloseable {

    /**
     * {@code PostgresStartingInBackground}'s line: how long the embedded PostgreSQL took to start
     * and answer, beside the application's own start.
     */
    static final Pattern POSTGRES_STARTED = Pattern.compile("Embedded PostgreSQL started in (\\d+) ms");
    /** Spring Boot's line, once the context is refreshed and the web server listens. */
    static final Pattern APPLICATION_STARTED = Pattern.compile(
            "Started \\w+ in ([\\d.]+) seconds \\(process running for ([\\d.]+)\\)");
    /** The demo clinic's last line, whether it generated the clinic or found it there. */
    static final Pattern DEMO_CLINIC_DONE = Pattern.compile(
            "Demo clinic: (the database already has couples|\\d+ couples, )");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final long startedNanos;
    private final int port;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private record Line(long nanos, String text) {
    }

    private AppProcess(Process process, long startedNanos, int port, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.port = port;
        Thread.ofPlatform().daemon().name("app-output").start(() -> collect(log));
    }

    /**
     * Starts {@code java <jvmOptions> -jar <jar> --spring.profiles.active=demo …} on a free port;
     * the clock for {@link #millisToReady()} starts just before the process does.
     */
    static AppProcess start(Path jar, Path dataDir, List<String> jvmOptions, List<String> appArguments, String name) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--spring.profiles.active=demo");
        command.add("--imago.embedded-database.data-dir=" + dataDir.toAbsolutePath());
        command.add("--server.port=" + port);
        command.addAll(appArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        try {
            long started = System.nanoTime();
            Process process = builder.start();
            return new AppProcess(process, started, port, dataDir.toAbsolutePath().getParent().resolve(name + ".log"));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + command, e);
        }
    }

    long pid() {
        return process.pid();
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The CPU time the process has used so far (user and system, all its threads), or -1 where the platform does not say. */
    long cpuMillis() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /**
     * Asks for the sign-in page every 10 ms until it answers 200; returns the milliseconds from the
     * process start to that answer.
     */
    long millisToReady() throws InterruptedException {
        HttpRequest login = HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).timeout(Duration.ofSeconds(30)).build();
        long deadline = startedNanos + TimeUnit.MINUTES.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped (exit " + process.exitValue() + "):\n" + tail());
            }
            try {
                if (HTTP.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
                }
            } catch (ConnectException notYetListening) {
                // the web server is not up yet
            } catch (IOException e) {
                // the connection broke while the application was starting; ask again
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("No answer from /login within 15 minutes:\n" + tail());
    }

    /** Waits (up to {@code timeout}) for a line matching the pattern and returns its match. */
    Matcher await(Pattern pattern, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Matcher> found = find(pattern);
            if (found.isPresent()) {
                return found.get();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped before logging " + pattern + ":\n" + tail());
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("No line " + pattern + " within " + timeout + ":\n" + tail());
    }

    Optional<Matcher> find(Pattern pattern) {
        for (Line line : lines) {
            Matcher matcher = pattern.matcher(line.text());
            if (matcher.find()) {
                return Optional.of(matcher);
            }
        }
        return Optional.empty();
    }

    /**
     * Ends the process as a service manager would (SIGTERM: Spring closes, PostgreSQL stops, a
     * training run writes its AOT cache) and waits for it, still reading its output. Sent through
     * the process handle because {@link Process#destroy()} also closes the output pipe, and a JVM
     * that then writes its shutdown log or its AOT cache's warnings into the closed pipe never
     * writes the cache.
     */
    @Override
    public void close() throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** Waits for a process that ends by itself (e.g. {@code -Dspring.context.exit=onRefresh}); its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Still running after " + timeout + ":\n" + tail());
        }
        return process.exitValue();
    }

    private void collect(Path log) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            String text;
            while ((text = reader.readLine()) != null) {
                lines.add(new Line(System.nanoTime(), text));
                out.println(text);
                out.flush();
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private String tail() {
        List<Line> all = List.copyOf(lines);
        return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()).stream().map(Line::text).toList());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    /** The production jar: {@code -Dbench.jar}, or the one {@code ./mvnw -Pproduction package} leaves in target/. */
    static Path jar() {
        Path jar = Path.of(System.getProperty("bench.jar", "target/imago-clinic-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar at " + jar.toAbsolutePath()
                    + ": build it with ./mvnw -Pproduction package -DskipTests, or give one with -Dbench.jar=…");
        }
        return jar;
    }

    /**
     * The data folder ({@code -Dbench.data-dir}, default {@code target/bench-db}); on the first start
     * the demo clinic is generated into it, which the caller waits for with {@link #DEMO_CLINIC_DONE}.
     */
    static Path dataDir() {
        return Path.of(System.getProperty("bench.data-dir", "target/bench-db"));
    }
}
