package org.imagoclinic.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.UUID;
import org.imagoclinic.apiclient.ApiClient;
import org.imagoclinic.apiclient.ApiException;
import org.imagoclinic.apiclient.api.SessionsApi;
import org.imagoclinic.apiclient.api.TokensApi;
import org.imagoclinic.apiclient.model.Appointment;
import org.imagoclinic.apiclient.model.Booking;
import org.imagoclinic.apiclient.model.BookingRequest;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.scheduling.TestClinic;
import org.imagoclinic.security.internal.TestAccounts.TestStaff;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A client generated from the committed API description (the build's openapi-generator step, Java
 * with the JDK's HTTP client) works against the running application as an integration would use
 * it: the front desk trades its password for a token, books a couple's session with it, reads the
 * session back, and a second booking of the same slot comes back as the documented 409 problem.
 */
@ClinicIntegrationTest
class ApiClientTests {

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void theGeneratedClientBooksASessionWithAToken() throws Exception {
        TestClinic clinic = new TestClinic(context);
        TestStaff therapist = clinic.therapist();
        Couple couple = clinic.couple(therapist.staffId());
        LocalDateTime start = TestClinic.mondayIn(3).atTime(15, 0);

        String token = new TokensApi(client("Basic " + Base64.getEncoder().encodeToString(
                ("frontdesk:" + ClinicIntegrationTest.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))).issueToken().getToken();
        SessionsApi sessions = new SessionsApi(client("Bearer " + token));
        BookingRequest request = new BookingRequest().kind(BookingRequest.KindEnum.JOINT).coupleId(couple.id())
                .therapistId(therapist.staffId()).roomId(clinic.room().id()).start(start);

        Booking booking = sessions.bookAppointment(request);
        UUID id = booking.getAppointments().getFirst().getId();
        Appointment readBack = sessions.getAppointment(id);

        assertThat(readBack.getCoupleId()).isEqualTo(couple.id());
        assertThat(readBack.getTherapistId()).isEqualTo(therapist.staffId());
        assertThat(readBack.getStart()).isEqualTo(start);
        ApiException taken = catchThrowableOfType(ApiException.class, () -> sessions.bookAppointment(request));
        assertThat(taken.getCode()).isEqualTo(409);
        assertThat(taken.getResponseBody()).contains("\"detail\"");
    }

    private ApiClient client(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        return client;
    }
}
