package org.imagoclinic.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What a client of the real server (Tomcat, the security filters, Spring MVC) gets for requests the
 * layers below the controllers refuse: always a 4xx problem detail in JSON, never Tomcat's HTML
 * error page and never a redirect to the web UI's sign-in page, even with a valid token. Sent over
 * a plain socket, byte for byte, because HTTP clients refuse to send most of these.
 */
@ClinicIntegrationTest
class ApiAnswersOnTheWireTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;

    String token;

    @BeforeEach
    void signedIn() throws IOException {
        String basic = Base64.getEncoder().encodeToString(("frontdesk:" + ClinicIntegrationTest.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        Answer issued = send("POST /api/tokens HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + basic
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        Matcher found = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
        assertThat(found.find()).as(issued.body()).isTrue();
        token = found.group(1);
    }

    @Test
    void strangePathsAreProblemDetails() throws IOException {
        List<String> failures = new java.util.ArrayList<>();
        for (String target : List.of("/api/me%00", "/api/couples/a%2Fb", "/api/couples/a%5Cb", "/api/couples/a\\b",
                "/api/me;jsessionid=1", "/api/me;x=y", "//api/me", "/api//me", "/api/./me", "/api/../api/me",
                "/api/me%3Bx", "/api/%2e%2e/me", "/api/couples/" + "A".repeat(10_000),
                "/api/couples?name=" + "A".repeat(10_000), "/api/me%")) {
            String shown = target.length() > 80 ? target.substring(0, 80) + "…" : target;
            Answer answer = get(target);
            if (!isProblem(answer)) {
                failures.add(shown + " → " + answer);
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void theFirewallsRefusalsOfAnApiAddressAreProblemDetailsAlsoInsideTheApplication() throws Exception {
        for (String path : List.of("/api/me;x=y", "/api/../api/me", "/api/me%3Bx")) {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path)
                    .header("Authorization", "Bearer " + token)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(400);
            assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).as(path).contains("Nothing was done");
        }
    }

    @Test
    void theWebUisAddressesKeepTheirOwnErrorAnswers() throws IOException {
        Answer tomcat = send("GET /couples%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(tomcat.status()).isEqualTo(400);
        assertThat(tomcat.headers().getOrDefault("content-type", "")).startsWith("text/html");
        Answer firewall = send("GET /couples;x=y HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(firewall.headers().getOrDefault("content-type", "")).doesNotStartWith("application/problem+json");
    }

    @Test
    void aMultipartBodyWithoutABoundaryIsAProblemDetail() throws IOException {
        String body = "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n";
        Answer answer = send("POST /api/couples HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: multipart/form-data\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertProblem("multipart without boundary", answer);
    }

    @Test
    void aFormWithTooManyFieldsIsAProblemDetail() throws IOException {
        String body = "a=1&".repeat(20_000);
        Answer answer = send("POST /api/couples HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertProblem("20 000 form fields", answer);
    }

    @Test
    void aQueryThatCantBeReadIsAProblemDetailAlsoWhereNoParameterIsRead() throws IOException {
        for (String target : List.of("/api/me?x=%zz", "/api/me?x=%", "/api/couples?name=%zz", "/api/accounts?%G0=1")) {
            Answer answer = get(target);
            assertThat(answer.status()).as(target + " → " + answer).isEqualTo(400);
            assertProblem(target, answer);
        }
        assertThat(get("/api/me?x=%41").status()).isEqualTo(200);
    }

    @Test
    void aHugeHeaderIsAProblemDetail() throws IOException {
        Answer answer = send("GET /api/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nX-Padding: " + "A".repeat(10_000) + "\r\nConnection: close\r\n\r\n");
        assertProblem("10 KB header", answer);
    }

    private static boolean isProblem(Answer answer) {
        return answer.status() >= 400 && answer.status() < 500
                && answer.headers().getOrDefault("content-type", "").startsWith("application/problem+json")
                && answer.body().contains("\"status\":" + answer.status());
    }

    private static void assertProblem(String what, Answer answer) {
        assertThat(answer.status()).as(what + " → " + answer).isBetween(400, 499);
        assertThat(answer.headers().getOrDefault("content-type", "")).as(what + " → " + answer)
                .startsWith("application/problem+json");
        assertThat(answer.body()).as(what).contains("\"status\":" + answer.status()).doesNotContain("<html");
    }

    private Answer get(String target) throws IOException {
        return send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
    }

    private Answer send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Answer.read(socket.getInputStream());
        }
    }

    /** An HTTP/1.1 answer read until the server closes the connection (chunked bodies left as they come). */
    record Answer(int status, Map<String, String> headers, String body) {

        static Answer read(InputStream in) throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            try {
                in.transferTo(all);
            } catch (java.net.SocketException reset) {
                // the server may close before reading everything we sent; what it answered is kept
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String[] lines = head.split("\r\n");
            int status = lines[0].startsWith("HTTP/") ? Integer.parseInt(lines[0].split(" ")[1]) : -1;
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
                }
            }
            return new Answer(status, headers, end < 0 ? "" : text.substring(end + 4));
        }

        @Override
        public String toString() {
            return status + " " + headers.get("content-type") + " " + headers.getOrDefault("location", "")
                    + " " + (body.length() > 200 ? body.substring(0, 200) : body).replace("\r\n", " ");
        }
    }
}
