package org.imagoclinic.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap per signed-in, idle Vaadin UI: starts the production jar as its own process (demo profile,
 * the demo clinic in {@code -Dbench.data-dir}), signs in sessions one after the other with a plain
 * HTTP client that does what the browser does (the sign-in form, Vaadin's {@code v-r=init} request
 * that creates the UI, then the client router's {@code ui-navigate} event that renders the home
 * view on the server; the answer must name the signed-in user), leaves them idle and,
 * at each step of {@code -Dbench.sessions} (default 1,50,200), reads the live heap after a full GC
 * from {@code jcmd GC.class_histogram} (which collects first). Prints the heap at each step, the
 * bytes per session beyond the first, and the classes that grew most between the first and the last
 * step. Every client keeps its cookies, so every session stays open on the server; nothing is sent
 * after the UI exists (the heartbeat comes every five minutes, the benchmark takes less).
 * {@code -Dbench.user}, {@code -Dbench.password} and {@code -Dbench.expect} (a text the home page must show)
 * choose the user; {@code -Dbench.heap-dump=<prefix>} also writes the live heap at each step to a file.
 */
public final class SessionHeapBenchmark {

    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    /** {@code -Dbench.settle=false} leaves each UI as the first render left it (its response kept in memory). */
    private static final boolean SETTLE = Boolean.parseBoolean(System.getProperty("bench.settle", "true"));
    /**
     * {@code -Dbench.close-connections=true} closes each client's connection once its UI is settled, as the
     * server does with an idle browser's after its keep-alive timeout; the session stays (it lives on the
     * server, by its cookie). Without it every session's connection stays open, and with it Tomcat's buffers
     * for that connection (about 16 KB), which belong to the connection, not to the UI.
     */
    private static final boolean CLOSE_CONNECTIONS = Boolean.getBoolean("bench.close-connections");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    public static void main(String[] args) throws Exception {
        int[] steps = Arrays.stream(System.getProperty("bench.sessions", "1,50,200").split(","))
                .mapToInt(Integer::parseInt).sorted().toArray();
        String username = System.getProperty("bench.user", "therapist");
        String password = System.getProperty("bench.password", "imago-demo-2026");
        String expected = System.getProperty("bench.expect", "Dr Daniel Lee");
        List<String> jvm = List.of(System.getProperty("bench.jvm-options", "-Xmx1g").split(" "));
        Path dataDir = AppProcess.dataDir();

        try (AppProcess app = AppProcess.start(AppProcess.jar(), dataDir, jvm, List.of(), "session-heap")) {
            System.out.printf("ready after %d ms (pid %d, %s, user %s, settle %s, close connections %s)%n", app.millisToReady(),
                    app.pid(), jvm, username, SETTLE, CLOSE_CONNECTIONS);
            app.await(AppProcess.DEMO_CLINIC_DONE, Duration.ofMinutes(20));
            // a first sign-in and UI outside the figures: loads the classes and fills the caches every session shares
            List<HttpClient> clients = new ArrayList<>();
            openUi(app, username, password, expected);
            Map<String, long[]> first = null;
            long firstHeap = 0;
            int firstCount = 0;
            for (int step : steps) {
                long started = System.nanoTime();
                int added = step - clients.size();
                while (clients.size() < step) {
                    clients.add(openUi(app, username, password, expected));
                }
                System.out.printf("%d sessions signed in (%d new in %d ms)%n", step, added, (System.nanoTime() - started) / 1_000_000);
                histogram(app.pid()); // the first collection after a burst may leave some garbage behind
                Map<String, long[]> histogram = histogram(app.pid());
                long heap = histogram.get("Total")[1];
                System.out.printf("sessions=%d live heap after full GC=%,d bytes%n", step, heap);
                if (first == null) {
                    first = histogram;
                    firstHeap = heap;
                    firstCount = step;
                } else {
                    System.out.printf("  per session beyond the first %d: %,d bytes (%.1f KB)%n", firstCount,
                            (heap - firstHeap) / (step - firstCount), (heap - firstHeap) / (step - firstCount) / 1024.0);
                }
                if (step == steps[steps.length - 1] && first != histogram) {
                    printGrowth(first, histogram, step - firstCount);
                }
                if (System.getProperty("bench.heap-dump") != null) {
                    heapDump(app.pid(), Path.of(System.getProperty("bench.heap-dump") + "-" + step + ".hprof"));
                }
            }
            System.out.printf("(%d clients held open to the end)%n", clients.size());
        }
    }

    /** Signs in with a fresh cookie jar and opens the home view's UI; returns the client that holds the session. */
    static HttpClient openUi(AppProcess app, String username, String password, String expected)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = get(client, app.baseUrl() + "/login").body();
        Map<String, String> form = new HashMap<>();
        form.put("username", username);
        form.put("password", password);
        Matcher parameter = CSRF_PARAMETER.matcher(loginPage);
        Matcher token = CSRF_TOKEN.matcher(loginPage);
        if (parameter.find() && token.find()) {
            form.put(parameter.group(1), token.group(1));
        }
        HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
        String location = signIn.headers().firstValue("Location").orElse("");
        if (signIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in refused: " + signIn.statusCode() + " → " + location);
        }
        get(client, app.baseUrl() + "/"); // the bootstrap page, as the browser loads it
        String init = get(client, app.baseUrl() + "/?v-r=init&location=&query=").body(); // creates the UI
        Matcher securityKey = SECURITY_KEY.matcher(init);
        if (!securityKey.find()) {
            throw new IllegalStateException("No UI for " + username + ": " + init.substring(0, Math.min(500, init.length())));
        }
        // what Flow's client router sends next: navigate to "" (the home view), rendered on the server
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":\
                {"route":"","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(securityKey.group(1));
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(navigate))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (home.statusCode() != 200 || !home.body().contains(expected)) {
            throw new IllegalStateException("The home view did not open for " + username + ": " + home.statusCode() + " "
                    + home.body().substring(0, Math.min(500, home.body().length())));
        }
        if (SETTLE) {
            settle(client, app, securityKey.group(1), home.body());
        }
        if (CLOSE_CONNECTIONS) {
            client.close();
        }
        return client;
    }

    /**
     * A browser answers the first render with messages of its own (attach and visibility events,
     * the grid's viewport) before it falls idle; Vaadin keeps each UI's last response to resend it,
     * so without one more round trip the whole first render would stay in memory. One empty message
     * in the same sequence stands for them.
     */
    private static void settle(HttpClient client, AppProcess app, String securityKey, String lastResponse)
            throws IOException, InterruptedException {
        Matcher clientId = CLIENT_ID.matcher(lastResponse);
        Matcher syncId = SYNC_ID.matcher(lastResponse);
        if (!clientId.find() || !syncId.find()) {
            throw new IllegalStateException("No clientId/syncId in " + lastResponse.substring(0, Math.min(300, lastResponse.length())));
        }
        String empty = """
                {"csrfToken":"%s","rpc":[],"syncId":%s,"clientId":%s}""".formatted(securityKey, syncId.group(1), clientId.group(1));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(empty))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || answer.body().contains("resynchronize") || answer.body().length() > 2_000) {
            throw new IllegalStateException("The settling message was not taken as the next one: " + answer.statusCode() + " "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        return response;
    }

    private static String encode(Map<String, String> form) {
        return String.join("&", form.entrySet().stream().map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).toList());
    }

    /** Class → {instances, bytes} of the live objects; "Total" → the sums. {@code GC.class_histogram} runs a full GC first. */
    static Map<String, long[]> histogram(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
        Map<String, long[]> classes = new HashMap<>();
        for (String line : output.split("\n")) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            Matcher total = HISTOGRAM_TOTAL.matcher(line);
            if (row.find()) {
                classes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            } else if (total.find()) {
                classes.put("Total", new long[] {Long.parseLong(total.group(1)), Long.parseLong(total.group(2))});
            }
        }
        if (!classes.containsKey("Total")) {
            throw new IllegalStateException("No total in the class histogram: " + output);
        }
        return classes;
    }

    /** {@code -Dbench.heap-dump=<prefix>}: the live objects at each step, for a heap analyser, in {@code <prefix>-<sessions>.hprof}. */
    private static void heapDump(long pid, Path file) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.heap_dump", file.toAbsolutePath().toString()).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd failed: " + output);
        }
        System.out.printf("  heap dump: %s%n", file);
    }

    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        int top = Integer.getInteger("bench.top", 25);
        System.out.printf("classes that grew most, per session (of %d):%n", sessions);
        after.entrySet().stream().filter(entry -> !entry.getKey().equals("Total"))
                .map(entry -> Map.entry(entry.getKey(), new long[] {
                        entry.getValue()[0] - before.getOrDefault(entry.getKey(), new long[2])[0],
                        entry.getValue()[1] - before.getOrDefault(entry.getKey(), new long[2])[1]}))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(top)
                .forEach(entry -> System.out.printf("  %8.1f objects %9.1f bytes  %s%n", entry.getValue()[0] / (double) sessions,
                        entry.getValue()[1] / (double) sessions, entry.getKey()));
    }

    private SessionHeapBenchmark() {
    }
}
