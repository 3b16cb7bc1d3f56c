package org.coplaunchpad.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.coplaunchpad.answers.AnswerStore;
import org.coplaunchpad.testing.MacroHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The start-up blueprint's context provider as Confluence's create-content plugin uses it: the page title is read
 * from ContentPageTitle of the returned map only, and a title the space already has is refused, so each use of the
 * blueprint in a space gets its own title and its own checklist.
 */
class StartUpContextProviderTest {
    private final MacroHarness harness = new MacroHarness().viewerLocale(Locale.FRENCH);
    private final PageManager pageManager = mock(PageManager.class);
    private final AnswerStore answers = mock(AnswerStore.class);
    private final StartUpContextProvider provider = new StartUpContextProvider(harness.viewerTexts, pageManager, answers);

    @BeforeEach
    void configureAsTheDescriptorDoes() {
        provider.init(Map.of("titleKey", "cop-launchpad.blueprint.decide.title"));
    }

    /** What the create dialog sends for a blueprint without a wizard: the space and the web-item's data. */
    private static Map<String, Object> request(String spaceKey) {
        Map<String, Object> context = new HashMap<>();
        context.put("spaceKey", spaceKey);
        context.put("blueprintModuleCompleteKey", "org.coplaunchpad.cop-launchpad:start-up-blueprint");
        return context;
    }

    private void pageExists(String spaceKey, String title) {
        when(pageManager.getPage(spaceKey, title)).thenReturn(mock(Page.class));
    }

    @Test
    void returns_the_page_title_as_content_page_title_in_french_and_in_english() {
        Map<String, Object> french = provider.getContextMap(request("CDP"));
        harness.viewerLocale(Locale.ENGLISH);
        Map<String, Object> english = provider.getContextMap(request("CDP"));

        assertEquals("Se décider", french.get("ContentPageTitle"));
        assertEquals("Deciding", english.get("ContentPageTitle"));
        assertEquals("readiness", french.get("checklistName"));
        assertEquals("readiness", english.get("checklistName"));
        assertFalse(french.containsKey("title"), "create-content does not read 'title' from the returned map");
        assertEquals("CDP", french.get("spaceKey"), "the context Confluence passes is kept for the template");
    }

    @Test
    void a_second_use_in_the_space_gets_a_numbered_title_and_its_own_checklist() {
        pageExists("CDP", "Se décider");

        Map<String, Object> second = provider.getContextMap(request("CDP"));

        assertEquals("Se décider (2)", second.get("ContentPageTitle"));
        assertEquals("readiness-2", second.get("checklistName"));
    }

    @Test
    void the_first_free_number_is_taken_when_several_uses_exist() {
        pageExists("CDP", "Se décider");
        pageExists("CDP", "Se décider (2)");

        Map<String, Object> third = provider.getContextMap(request("CDP"));

        assertEquals("Se décider (3)", third.get("ContentPageTitle"));
        assertEquals("readiness-3", third.get("checklistName"));
    }

    @Test
    void a_checklist_already_answered_in_the_space_is_not_reused_when_its_page_was_renamed() {
        when(answers.hasAnswers("CDP", "readiness")).thenReturn(true);

        Map<String, Object> next = provider.getContextMap(request("CDP"));

        assertEquals("Se décider (2)", next.get("ContentPageTitle"));
        assertEquals("readiness-2", next.get("checklistName"));
    }

    @Test
    void uses_in_other_spaces_do_not_count() {
        pageExists("OTHER", "Se décider");

        assertEquals("Se décider", provider.getContextMap(request("CDP")).get("ContentPageTitle"));
    }

    @Test
    void without_a_space_key_the_first_title_is_given_without_asking_confluence() {
        Map<String, Object> filled = provider.getContextMap(new HashMap<>());

        assertEquals("Se décider", filled.get("ContentPageTitle"));
        assertEquals("readiness", filled.get("checklistName"));
        verify(pageManager, never()).getPage(anyString(), anyString());
    }

    @Test
    void the_request_context_is_left_as_confluence_passed_it() {
        Map<String, Object> request = request("CDP");

        provider.getContextMap(request);

        assertEquals(request("CDP"), request);
    }
}
