package org.coplaunchpad.standalone.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A curl-like client for one person: keeps cookies (so a form login lasts), does not follow redirects (so tests
 * see them), and can add HTTP Basic credentials as scripts do.
 */
public final class Browserless {
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"atlassian-token\" content=\"([^\"]+)\">");

    private final URI base;
    private final HttpClient client;
    private String basic;

    public Browserless(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Every request from now on carries HTTP Basic credentials. */
    public Browserless basic(String username, String password) {
        this.basic = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
    }

    /** A form post as the app's page script sends it: asking for a JSON answer. */
    public HttpResponse<String> postFormAcceptingJson(String path, Map<String, String> form) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Logs in through Confluence's login form. */
    public HttpResponse<String> login(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("os_username", username);
        form.put("os_password", password);
        form.put("os_destination", "/dashboard.action");
        return postForm("/dologin.action", form);
    }

    public static String metaToken(String html) {
        Matcher m = META_TOKEN.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no <meta name=\"atlassian-token\"> in the page");
        }
        return m.group(1);
    }

    public static String display(String space, String title) {
        return "/display/" + enc(space) + "/" + enc(title);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (basic != null) {
            builder.header("Authorization", basic);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("HTTP request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
