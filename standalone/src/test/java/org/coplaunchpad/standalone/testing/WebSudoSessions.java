package org.coplaunchpad.standalone.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Map;

/** An administrator's session that has confirmed its password on /authenticate.action (WebSudo), as a browser's would. */
public final class WebSudoSessions {
    private WebSudoSessions() {
    }

    public static Browserless confirmed(URI base, String administrator, String destination) {
        Browserless admin = Ticking.member(base, administrator);
        String token = Browserless.metaToken(admin.get("/authenticate.action?destination=" + destination).body());
        assertEquals(302, admin.postForm("/authenticate.action", Map.of("password", administrator,
                "destination", destination, "atl_token", token)).statusCode(), "WebSudo of " + administrator);
        return admin;
    }
}
