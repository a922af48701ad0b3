package org.imagoclinic.notifications.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text messages through an HTTP API of Twilio's shape ({@code POST
 * /2010-04-01/Accounts/{sid}/Messages.json}, form fields To, From, Body, StatusCallback; basic
 * authentication with the account id and token). Off until {@code imago.notifications.text.account-sid}
 * is set. A refused request (4xx but 429) fails for good; the provider being busy or unreachable
 * (429, 5xx, no connection) is tried again later.
 */
@Component
class TwilioTextMessages implements TextMessages {

    private final String baseUrl;
    private final String accountSid;
    private final String authToken;
    private final String from;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TwilioTextMessages(@Value("${imago.notifications.text.base-url:https://api.twilio.com}") String baseUrl,
                       @Value("${imago.notifications.text.account-sid:}") String accountSid,
                       @Value("${imago.notifications.text.auth-token:}") String authToken,
                       @Value("${imago.notifications.text.from:}") String from, JsonMapper json) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.accountSid = accountSid.strip();
        this.authToken = authToken;
        this.from = from.strip();
        this.json = json;
    }

    @Override
    public boolean enabled() {
        return !accountSid.isEmpty() && !from.isEmpty();
    }

    /** The token that signs the provider's callbacks. */
    String authToken() {
        return authToken;
    }

    @Override
    public String send(String to, String body, String callbackUrl) throws DeliveryFailure {
        if (!enabled()) {
            throw new DeliveryFailure("text messages are not set up", false);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", to);
        form.put("From", from);
        form.put("Body", body);
        form.put("StatusCallback", callbackUrl);
        String encoded = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/2010-04-01/Accounts/" + accountSid + "/Messages.json"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryFailure("the text-message provider could not be reached: " + e.getMessage(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted while sending", true, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            JsonNode answer = json.readTree(response.body());
            return answer.path("sid").asString("");
        }
        String said = providerMessage(response.body());
        boolean temporary = status == 429 || status >= 500;
        throw new DeliveryFailure("the text-message provider answered " + status + (said.isEmpty() ? "" : ": " + said),
                temporary);
    }

    private String providerMessage(String body) {
        try {
            return json.readTree(body).path("message").asString("");
        } catch (RuntimeException notJson) {
            return "";
        }
    }
}
