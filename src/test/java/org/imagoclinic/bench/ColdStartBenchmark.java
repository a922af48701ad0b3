package org.imagoclinic.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Cold start to ready: the time from starting {@code java} to the first 200 of the sign-in page,
 * on an existing data folder with the demo clinic already made (demo profile), repeated
 * {@code -Dbench.runs} times (default 5) per variant, the variants taken in turn so that a change
 * in the machine's load spreads over all of them. Prints, per variant, the median and the spread
 * of the time to ready, the embedded PostgreSQL's own start (the application logs it: "Embedded
 * PostgreSQL started in … ms") and Spring's "process running for". Variants ({@code -Dbench.variants}, default all, in this order):
 * <ul>
 * <li>{@code jar}: {@code java -jar} the production jar as built;</li>
 * <li>{@code extracted}: the jar extracted with Spring Boot's {@code -Djarmode=tools extract}
 * (plain jars on the class path, which class data sharing needs);</li>
 * <li>{@code cds}: extracted, with a dynamic CDS archive from a training run
 * ({@code -XX:ArchiveClassesAtExit}) that started, answered the sign-in page once and was stopped;</li>
 * <li>{@code aot-cache}: extracted, with a Java 25 AOT cache (JEP 483/514/515) from the same kind of
 * training run ({@code -XX:AOTCacheOutput});</li>
 * <li>{@code aot-cache-refresh}: the AOT cache trained the way Spring documents it, a run with
 * {@code -Dspring.context.exit=onRefresh} that ends once the context is refreshed;</li>
 * <li>{@code aot-cache-lazy}: {@code aot-cache} with {@code spring.main.lazy-initialization=true}.</li>
 * </ul>
 * Work files (the extracted jar, the archives, one log per start) go to {@code -Dbench.work}
 * (default {@code target/bench-start}).
 */
public final class ColdStartBenchmark {

    record Variant(String name, Path jar, List<String> jvm, List<String> arguments) {
    }

    record Run(long readyMillis, long cpuMillis, long postgresMillis, double processSeconds) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = AppProcess.jar();
        Path dataDir = AppProcess.dataDir();
        Path work = Path.of(System.getProperty("bench.work", "target/bench-start")).toAbsolutePath();
        int runs = Integer.getInteger("bench.runs", 5);
        List<String> wanted = Arrays.asList(System.getProperty("bench.variants",
                "jar,extracted,cds,aot-cache,aot-cache-refresh,aot-cache-lazy").split(","));
        Files.createDirectories(work);
        System.out.printf("load average %s; %d processors; java %s; jar %s%n", loadAverage(),
                Runtime.getRuntime().availableProcessors(), Runtime.version(), jar);

        makeDemoClinic(jar, dataDir);
        Path extracted = wanted.stream().anyMatch(name -> !name.equals("jar")) ? extract(jar, work) : jar;
        List<Variant> variants = new ArrayList<>();
        for (String name : wanted) {
            variants.add(switch (name) {
                case "jar" -> new Variant(name, jar, List.of(), List.of());
                case "extracted" -> new Variant(name, extracted, List.of(), List.of());
                case "cds" -> new Variant(name, extracted,
                        List.of("-XX:SharedArchiveFile=" + train(extracted, dataDir, work, "-XX:ArchiveClassesAtExit=", "app.jsa", true),
                                "-Xshare:on"), List.of());
                case "aot-cache" -> new Variant(name, extracted,
                        List.of("-XX:AOTCache=" + train(extracted, dataDir, work, "-XX:AOTCacheOutput=", "app.aot", true),
                                "-XX:AOTMode=on"), List.of());
                case "aot-cache-refresh" -> new Variant(name, extracted,
                        List.of("-XX:AOTCache=" + train(extracted, dataDir, work, "-XX:AOTCacheOutput=", "refresh.aot", false),
                                "-XX:AOTMode=on"), List.of());
                case "aot-cache-lazy" -> new Variant(name, extracted,
                        List.of("-XX:AOTCache=" + train(extracted, dataDir, work, "-XX:AOTCacheOutput=", "app.aot", true),
                                "-XX:AOTMode=on"), List.of("--spring.main.lazy-initialization=true"));
                default -> throw new IllegalArgumentException("No variant " + name);
            });
        }

        Map<Variant, List<Run>> results = new LinkedHashMap<>();
        variants.forEach(variant -> results.put(variant, new ArrayList<>()));
        for (int round = 1; round <= runs; round++) {
            for (Variant variant : variants) {
                Run run = measure(variant, dataDir, variant.name() + "-" + round);
                results.get(variant).add(run);
                System.out.printf("round %d %-17s ready %5d ms  JVM CPU until ready %5d ms  postgres %5d ms  spring 'process running for' %5.2f s  (load %s)%n",
                        round, variant.name(), run.readyMillis(), run.cpuMillis(), run.postgresMillis(), run.processSeconds(),
                        loadAverage());
            }
        }
        System.out.printf("%nmedians over %d runs (load average now %s):%n", runs, loadAverage());
        System.out.printf("%-17s %10s %10s %10s %10s %10s %12s%n", "variant", "ready", "min", "max", "JVM CPU", "postgres",
                "spring says");
        results.forEach((variant, list) -> System.out.printf("%-17s %7d ms %7d ms %7d ms %7d ms %7d ms %10.2f s   %s %s%n",
                variant.name(), median(list, Run::readyMillis), min(list, Run::readyMillis), max(list, Run::readyMillis),
                median(list, Run::cpuMillis), median(list, Run::postgresMillis), list.stream().mapToDouble(Run::processSeconds).sorted().toArray()[list.size() / 2],
                String.join(" ", variant.jvm()), String.join(" ", variant.arguments())));
    }

    private static Run measure(Variant variant, Path dataDir, String name) throws InterruptedException {
        try (AppProcess app = AppProcess.start(variant.jar(), dataDir, variant.jvm(), variant.arguments(), "start-" + name)) {
            long ready = app.millisToReady();
            long cpu = app.cpuMillis();
            Matcher started = app.await(AppProcess.APPLICATION_STARTED, Duration.ofSeconds(30));
            long postgres = app.find(AppProcess.POSTGRES_STARTED).map(found -> Long.parseLong(found.group(1))).orElse(-1L);
            return new Run(ready, cpu, postgres, Double.parseDouble(started.group(2)));
        }
    }

    /** The first start on a new data folder generates the demo clinic; every start measured finds it there. */
    private static void makeDemoClinic(Path jar, Path dataDir) throws InterruptedException {
        try (AppProcess app = AppProcess.start(jar, dataDir, List.of(), List.of(), "prepare")) {
            app.millisToReady();
            System.out.println(app.await(AppProcess.DEMO_CLINIC_DONE, Duration.ofMinutes(30)).group());
        }
    }

    private static Path extract(Path jar, Path work) throws IOException, InterruptedException {
        Path destination = work.resolve("extracted");
        Process extract = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination", destination.toString())
                .redirectErrorStream(true).start();
        String output = new String(extract.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (extract.waitFor() != 0) {
            throw new IllegalStateException("Extracting failed: " + output);
        }
        try (Stream<Path> files = Files.list(destination)) {
            return files.filter(file -> file.toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No jar in " + destination));
        }
    }

    /**
     * A training run that writes the archive: either Spring's {@code spring.context.exit=onRefresh}
     * (the context starts and closes) or, with {@code served}, a full start that answers the
     * sign-in page once and is then stopped. Reuses an archive made earlier from the same jar.
     */
    private static Path train(Path jar, Path dataDir, Path work, String option, String file, boolean served)
            throws IOException, InterruptedException {
        Path archive = work.resolve(file);
        if (Files.exists(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            return archive;
        }
        Files.deleteIfExists(archive);
        long started = System.nanoTime();
        List<String> jvm = served ? List.of(option + archive) : List.of(option + archive, "-Dspring.context.exit=onRefresh");
        try (AppProcess app = AppProcess.start(jar, dataDir, jvm, List.of(), "train-" + file)) {
            if (served) {
                app.millisToReady();
            } else {
                app.awaitExit(Duration.ofMinutes(10));
            }
        }
        if (!Files.exists(archive)) {
            throw new IllegalStateException("The training run made no " + archive + "; see its log in " + dataDir.toAbsolutePath().getParent());
        }
        System.out.printf("trained %s in %d s (%,d bytes)%n", file, (System.nanoTime() - started) / 1_000_000_000,
                Files.size(archive));
        return archive;
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long median(List<Run> runs, Function<Run, Long> value) {
        return runs.stream().map(value).sorted().toList().get(runs.size() / 2);
    }

    private static long min(List<Run> runs, Function<Run, Long> value) {
        return runs.stream().map(value).min(Long::compare).orElseThrow();
    }

    private static long max(List<Run> runs, Function<Run, Long> value) {
        return runs.stream().map(value).max(Long::compare).orElseThrow();
    }

    private ColdStartBenchmark() {
    }
}
