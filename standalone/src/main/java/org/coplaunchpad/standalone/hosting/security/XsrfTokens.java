package org.coplaunchpad.standalone.hosting.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Confluence's XSRF protection: a random token per session, in {@code <meta name="atlassian-token">} on every
 * page and required as the {@code atl_token} parameter of every state-changing form post.
 */
public final class XsrfTokens {
    public static final String PARAMETER = "atl_token";
    /** Scripts opt out of the form token with this header, as with Confluence ("no-check"). */
    public static final String HEADER = "X-Atlassian-Token";
    private static final String ATTRIBUTE = "atlassian.xsrf.token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private XsrfTokens() {
    }

    public static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        synchronized (session) {
            String token = (String) session.getAttribute(ATTRIBUTE);
            if (token == null) {
                byte[] bytes = new byte[20];
                RANDOM.nextBytes(bytes);
                token = HexFormat.of().formatHex(bytes);
                session.setAttribute(ATTRIBUTE, token);
            }
            return token;
        }
    }

    /** The session's token, without creating a session or a token. */
    public static java.util.Optional<String> existing(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return java.util.Optional.ofNullable(session == null ? null : (String) session.getAttribute(ATTRIBUTE));
    }

    public static boolean validFormToken(HttpServletRequest request) {
        String expected = existing(request).orElse(null);
        String actual = request.getParameter(PARAMETER);
        return expected != null && actual != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }
}
