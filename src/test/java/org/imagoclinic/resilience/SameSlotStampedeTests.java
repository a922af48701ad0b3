package org.imagoclinic.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.AppointmentQuery;
import org.imagoclinic.scheduling.Appointments;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.internal.TestAccounts;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;

/**
 * Two hundred booking requests for one therapist's slot arrive at the same moment over real HTTP:
 * exactly one is booked (201), every other caller gets a 409 problem detail naming the clash, and
 * nobody sees a server error.
 */
@ClinicIntegrationTest
class SameSlotStampedeTests {

    static final int REQUESTS = 200;
    static final int COUPLES = 10;

    @Autowired
    ApplicationContext context;
    @Autowired
    Appointments appointments;
    @Value("${local.server.port}")
    int port;

    @Test
    void twoHundredSimultaneousBookingsOfOneSlotGiveOneCreatedAndOneHundredNinetyNineConflicts() throws Exception {
        TestClinic clinic = new TestClinic(context);
        TestStaff therapist = clinic.therapist();
        List<Couple> couples = new ArrayList<>();
        for (int i = 0; i < COUPLES; i++) {
            couples.add(clinic.couple(therapist.staffId()));
        }
        String clerk = TestAccounts.createForLoad(context, "stampede", "stampede-password-2026", Roles.FRONT_DESK);
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (clerk + ":stampede-password-2026").getBytes(StandardCharsets.UTF_8));
        LocalDateTime start = TestClinic.mondayIn(5).atTime(9, 0);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < REQUESTS; i++) {
                Couple couple = couples.get(i % COUPLES);
                HttpRequest booking = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/appointments"))
                        .timeout(Duration.ofSeconds(90))
                        .header("Authorization", authorization).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"kind": "JOINT", "coupleId": "%s", "therapistId": "%s", "roomId": "%s", "start": "%s"}"""
                                .formatted(couple.id(), therapist.staffId(), clinic.room().id(), start)))
                        .build();
                answers.add(callers.submit(() -> {
                    go.await();
                    return http.send(booking, HttpResponse.BodyHandlers.ofString());
                }));
            }
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get());
            }

            Map<Integer, Long> byStatus = responses.stream()
                    .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
            assertThat(byStatus).as("answers by status; e.g. " + responses.stream().filter(response ->
                            response.statusCode() != 409 && response.statusCode() != 201).limit(3)
                            .map(response -> response.statusCode() + " " + response.body()).toList()).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, 199L));
            assertThat(responses).filteredOn(response -> response.statusCode() == 409).allSatisfy(conflict -> {
                assertThat(conflict.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(conflict.body()).contains("\"status\":409").contains("09:00");
            });
        }
        long booked = clinic.as("frontdesk", () -> appointments.find(AppointmentQuery.ofTherapist(therapist.staffId(),
                start.toLocalDate(), start.toLocalDate())).size());
        assertThat(booked).isEqualTo(1);
    }
}
