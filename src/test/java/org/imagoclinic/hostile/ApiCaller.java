package org.imagoclinic.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the REST API as a signed-in user, the way a client does, and checks refusals: a 4xx
 * problem detail whose {@code errors} name the field. Used by the tests that then read the
 * resource back to prove the refusal changed nothing.
 */
final class ApiCaller {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final UserDetailsService users;

    ApiCaller(MockMvc mvc, UserDetailsService users) {
        this.mvc = mvc;
        this.users = users;
    }

    /** Sends {@code json} (or no body when null) and returns the answer. */
    MockHttpServletResponse send(String user, HttpMethod method, String path, String json) throws Exception {
        UserDetails details = users.loadUserByUsername(user);
        MockHttpServletRequestBuilder request = request(method, path)
                .with(authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities())));
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The body of a GET that must succeed, as text (to compare before and after). */
    String read(String user, String path) throws Exception {
        MockHttpServletResponse response = send(user, HttpMethod.GET, path, null);
        assertThat(response.getStatus()).as("GET " + path + ": " + response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    /**
     * Asserts a refusal with this status as a problem detail and returns its {@code errors} message
     * for {@code field} (null when the problem names no fields).
     */
    static String refused(MockHttpServletResponse response, int status, String field) throws Exception {
        String body = response.getContentAsString();
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getContentType()).as(body).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode errors = JSON.readTree(body).path("errors");
        if (field == null) {
            return null;
        }
        assertThat(errors.has(field)).as("errors name " + field + ": " + body).isTrue();
        return errors.get(field).asString();
    }
}
