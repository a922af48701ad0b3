package org.imagoclinic.security.internal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's cookie jar over real HTTP, without a browser: signs in through the sign-in form and opens
 * pages as a tab would, to see what the server does with the session (its cookie, its end).
 */
final class WebBrowserSession {

    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_PARAMETER = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    WebBrowserSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Opens the sign-in page and sends the form; returns the answer to the form. */
    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        String page = open("/login").body();
        String form = "username=" + encode(username) + "&password=" + encode(password);
        Matcher parameter = CSRF_PARAMETER.matcher(page);
        Matcher token = CSRF_TOKEN.matcher(page);
        if (parameter.find() && token.find()) {
            form += "&" + encode(parameter.group(1)) + "=" + encode(token.group(1));
        }
        return client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a page as a click in the tab would. */
    HttpResponse<String> open(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether the page opens (200) rather than sending the tab to the sign-in page. */
    boolean signedIn() throws IOException, InterruptedException {
        HttpResponse<String> home = open("/");
        return home.statusCode() == 200;
    }

    /** The session cookie the jar holds now. */
    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> "JSESSIONID".equals(cookie.getName()))
                .map(HttpCookie::getValue).findFirst();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
