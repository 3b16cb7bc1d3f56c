package org.coplaunchpad.standalone.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.security.RequestUser;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;

/**
 * What the site's part of Confluence's REST API shares: JSON in and out (Jackson), a refusal thrown as
 * {@link Refused} and answered in Confluence's error shape ({@code statusCode}, {@code message},
 * {@code data.authorized}, {@code data.valid}), 401 for anonymous writers, and no atl_token but JSON only.
 */
abstract class RestResource extends HttpServlet {
    static final ObjectMapper JSON = new ObjectMapper();

    /** A request the resource refuses, with the status and message Confluence gives. */
    static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        try {
            super.service(request, response);
        } catch (Refused e) {
            send(response, e.status, Map.of("statusCode", e.status, "message", e.getMessage(),
                    "data", Map.of("authorized", e.status != 401, "valid", e.status != 400)));
        }
    }

    static Optional<User> requireUser(HttpServletRequest request) {
        Optional<User> user = RequestUser.of(request);
        if (user.isEmpty()) {
            throw new Refused(401, "This request requires authentication (HTTP Basic or a session)");
        }
        return user;
    }

    /**
     * JSON cannot be posted cross-site by a plain form, which is why Confluence's REST API needs no atl_token;
     * a script that sends something else says so with {@code X-Atlassian-Token: no-check}.
     */
    static void requireJson(HttpServletRequest request) {
        String type = request.getContentType();
        if ((type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json"))
                && !"no-check".equals(request.getHeader(XsrfTokens.HEADER))) {
            throw new Refused(415, "Send Content-Type: application/json");
        }
    }

    /** The request's JSON object. */
    static JsonNode body(HttpServletRequest request) throws IOException {
        try {
            JsonNode json = JSON.readTree(request.getInputStream());
            if (json == null || !json.isObject()) {
                throw new Refused(400, "The request body must be a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new Refused(400, "Malformed JSON: " + e.getOriginalMessage());
        }
    }

    static void send(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
