package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.sal.api.auth.LoginUriProvider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.coplaunchpad.standalone.hosting.HostPaths;

/**
 * SAL LoginUriProvider: the host's login page, which sends the user back to {@code returnUri} afterwards
 * ({@code os_destination}, context-relative, as Confluence's Seraph expects it). An absolute return URI gives an
 * absolute login URI on the same host, as Confluence answers with its base URL.
 */
public final class HostLoginUriProvider implements LoginUriProvider {
    @Override
    public URI getLoginUri(URI returnUri) {
        String login = HostPaths.CONTEXT_PATH + "/login.action";
        if (returnUri != null) {
            login += "?os_destination=" + URLEncoder.encode(contextRelative(returnUri), StandardCharsets.UTF_8);
        }
        URI uri = URI.create(login);
        return returnUri != null && returnUri.isAbsolute() ? returnUri.resolve(uri) : uri;
    }

    private static String contextRelative(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (path.equals(HostPaths.CONTEXT_PATH) || path.startsWith(HostPaths.CONTEXT_PATH + "/")) {
            path = path.substring(HostPaths.CONTEXT_PATH.length());
        }
        path = path.isEmpty() ? "/" : path;
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
