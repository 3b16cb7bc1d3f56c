package org.coplaunchpad.standalone.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/** Setting up a new space over HTTP as an administrator would: REST creation, then the space permissions form. */
public final class Spaces {
    public static final String PERMISSIONS = "/spaces/spacepermissions.action";

    private Spaces() {
    }

    /** POST /rest/api/space as a Confluence administrator (HTTP Basic). */
    public static HttpResponse<String> create(java.net.URI base, String adminUser, String key, String name) {
        HttpResponse<String> created = new Browserless(base).basic(adminUser, adminUser)
                .postJson("/rest/api/space", "{\"key\":\"" + key + "\",\"name\":\"" + name + "\"}");
        assertEquals(200, created.statusCode(), created.body());
        return created;
    }

    /**
     * Sets exactly these permissions (VIEW, EDIT, ADMINISTER) for a user, through the space permissions form, as a
     * logged-in administrator of the space.
     */
    public static void grant(Browserless admin, String spaceKey, String username, String... permissions) {
        String token = Browserless.metaToken(admin.get(PERMISSIONS + "?key=" + spaceKey).body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("atl_token", token);
        form.put("key", spaceKey);
        form.put("username", username);
        for (String permission : permissions) {
            form.put("permission." + permission, "on");
        }
        HttpResponse<String> saved = admin.postForm(PERMISSIONS, form);
        assertEquals(200, saved.statusCode(), saved.body());
    }
}
