package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.Ticking;
import org.coplaunchpad.standalone.testing.Ticking.OpenedPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DELETE /rest/api/space/{key} removes the space as Confluence does and publishes SpaceRemoveEvent, on which the
 * app deletes that space's answers, and only that space's (read straight from its AO table).
 */
class SpaceRemovalIT {
    private static final String ANSWERS_TABLE = "AO_55510E_ITEM_ANSWER";
    private static final String OTHER = "AUTRE";

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    @BeforeAll
    static void anotherSpaceWithAChecklist() {
        host.site().spaces().create(OTHER, "Une autre communauté");
        for (SpacePermission permission : SpacePermission.values()) {
            host.site().spaces().grantToUser(OTHER, permission, "alice");
        }
        host.site().pages().create(OTHER, null, "Nos conditions",
                "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\"/>", "alice");
    }


    @Test
    void removing_a_space_deletes_its_answers_and_leaves_other_spaces_answers() throws SQLException {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        OpenedPage decide = Ticking.open(alice, DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
        OpenedPage other = Ticking.open(alice, OTHER, "Nos conditions");
        assertEquals(200, Ticking.tick(alice, decide, "readiness", "coach", true).statusCode());
        assertEquals(200, Ticking.tick(alice, decide, "readiness", "groupware", true).statusCode());
        assertEquals(200, Ticking.tick(alice, other, "readiness", "coach", true).statusCode());
        assertEquals(2, answerRows(DemoData.SPACE_KEY));

        HttpResponse<String> removed = new Browserless(host.baseUri()).basic("coach", "coach")
                .delete("/rest/api/space/" + DemoData.SPACE_KEY);

        assertEquals(204, removed.statusCode(), removed.body());
        assertEquals(0, answerRows(DemoData.SPACE_KEY));
        assertEquals(1, answerRows(OTHER));
        assertTrue(host.site().spaces().find(DemoData.SPACE_KEY).isEmpty());
        assertTrue(host.site().pages().inSpace(DemoData.SPACE_KEY).isEmpty());
        assertEquals(404, new Browserless(host.baseUri()).basic("admin", "admin")
                .get(Browserless.display(DemoData.SPACE_KEY, DemoData.CHILD_PAGE)).statusCode());
    }

    @Test
    void a_member_who_does_not_administer_the_space_is_refused() {
        HttpResponse<String> refused = new Browserless(host.baseUri()).basic("bruno", "bruno").delete("/rest/api/space/" + OTHER);

        assertEquals(403, refused.statusCode());
        assertTrue(host.site().spaces().find(OTHER).isPresent());
    }

    @Test
    void an_unknown_space_is_404_and_anonymous_is_401() {
        assertEquals(404, new Browserless(host.baseUri()).basic("admin", "admin").delete("/rest/api/space/NOPE").statusCode());
        assertEquals(401, new Browserless(host.baseUri()).delete("/rest/api/space/" + OTHER).statusCode());
    }

    private static int answerRows(String spaceKey) throws SQLException {
        try (Connection c = host.database().connection();
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM " + ANSWERS_TABLE + " WHERE SPACE_KEY = ?")) {
            count.setString(1, spaceKey);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
