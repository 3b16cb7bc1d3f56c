package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.MissingTables;
import org.coplaunchpad.standalone.testing.Responses;
import org.coplaunchpad.standalone.testing.Ticking;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Tables that cannot be read under the running site: the checklist on a page becomes an inline error while the
 * page still renders, the site's own error page says one sentence and never the exception or the SQL, and once
 * the tables are back everything works again without a restart.
 */
class DatabaseFailureIT {
    private static final String DECIDING = Browserless.display(DemoData.SPACE_KEY, DemoData.CHILD_PAGE);

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    @Test
    void a_checklist_that_cannot_read_its_answers_is_an_inline_error_and_the_rest_of_the_page_renders() {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        HttpResponse<String> page;
        try (MissingTables ignored = MissingTables.of(host.database(), MissingTables.APP)) {
            page = Responses.showingNoInternals(alice.get(DECIDING));
        }

        assertEquals(200, page.statusCode());
        Document html = Jsoup.parse(page.body());
        assertEquals(4, html.select("section.cop-benefits").size(), "the benefit panels still show");
        assertTrue(html.select(".cop-checklist").isEmpty());
        assertEquals("Les réponses de cette liste ne peuvent pas être lues pour le moment. Rechargez la page dans un"
                + " instant.", html.selectFirst(".cop-macro-error p:not(.title)").text(), "in alice's language");
        assertEquals(1, Jsoup.parse(alice.get(DECIDING).body()).select(".cop-checklist").size(), "back without a restart");
    }

    @Test
    void the_sites_own_error_page_says_one_sentence_and_never_the_exception_or_the_sql() {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        HttpResponse<String> failed;
        try (MissingTables ignored = MissingTables.of(host.database(), List.of("HOST_PAGES"))) {
            failed = Responses.showingNoInternals(alice.get(DECIDING));
        }

        assertEquals(500, failed.statusCode());
        assertEquals("Something went wrong on the site. Try again in a moment; if it persists, tell the site's"
                + " administrator.", Jsoup.parse(failed.body()).selectFirst(".error-message").text());
        assertEquals(200, alice.get(DECIDING).statusCode(), "back without a restart");
    }
}
