package org.coplaunchpad.standalone.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * A page body as Confluence 9/10 writes it ({@code pages/real-world-page.xml}): 30 macros with {@code ac:local-id},
 * {@code ac:macro-id}, {@code data-layout} and {@code ri:} parameters, in a layout of three sections, a table, a task
 * list with emoticons and user links. The app's benefits panel in a cell, in a table cell, inside {@code info} and
 * inside {@code expand} inside {@code warning}; readiness checklists {@code reel-expand} inside {@code expand} and
 * {@code reel-panel} (shared) inside {@code panel}; other vendors' macros (drawio, jira, toc, children, status,
 * include, code, viewpdf, contributors, anchor) that a host without them shows as "Unknown macro".
 * The assertions hold for the app's own output and for test macros that write the same data attributes.
 */
public final class RealWorldPage {
    public static final List<String> UNKNOWN = List.of("toc", "status", "anchor", "jira", "drawio", "children",
            "include", "code", "viewpdf", "contributors");

    private RealWorldPage() {
    }

    public static String storage() {
        try (InputStream in = RealWorldPage.class.getResourceAsStream("/pages/real-world-page.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's macros in document order, nested ones after the macro that holds them. */
    public static List<String> macroNames() {
        return Parser.xmlParser().parseInput(storage(), "").select("ac|structured-macro").eachAttr("ac:name");
    }

    /**
     * Each macro's output (wrapped by the host, as Confluence does, with data-macro-name) in its place, as a French
     * viewer sees the page.
     */
    public static void assertEachMacroInPlace(Element view) {
        List<String> names = macroNames();
        assertTrue(names.size() >= 25, "a page with at least 25 macros: " + names.size());
        assertEquals(names, view.select("[data-macro-name]").eachAttr("data-macro-name"),
                "every macro once, in the page's order");
        assertTrue(view.select(".conf-macro-error").isEmpty(), view.select(".conf-macro-error").text());

        // Layout: three sections, the second of two cells; the app's panel in the first cell.
        assertEquals(3, view.select(".contentLayout2 > .columnLayout").size());
        Elements cells = view.select(".contentLayout2 > .columnLayout.two-equal > .cell > .innerCell");
        assertEquals(2, cells.size());
        assertOne(cells.get(0), "> [data-macro-name=cop-benefits-panel]:has([data-category=institution-benefits])");
        assertOne(cells.get(0), "[data-macro-name=cop-benefits-panel] [data-macro-name=status]");
        assertOne(cells.get(0), "p > .wysiwyg-unknown-macro[data-macro-name=jira]");
        assertOne(cells.get(1), ".confluence-information-macro-information .confluence-information-macro-body"
                + " > [data-macro-name=cop-benefits-panel]:has([data-category=participant-benefits])");
        assertOne(cells.get(1), "> .wysiwyg-unknown-macro[data-macro-name=drawio]");

        // The table: an unknown macro and the app's panel in cells, in their rows.
        Element table = view.select(".columnLayout.single table").first();
        assertEquals(3, table.select("tr").size());
        assertOne(table, "tr:eq(1) > td:eq(1) > p > [data-macro-name=status]");
        assertOne(table, "tr:eq(1) > td:eq(2) > p > [data-macro-name=jira]");
        assertOne(table, "tr:eq(2) > td:eq(1) > [data-macro-name=cop-benefits-panel]:has([data-category=participant-attitudes])");
        assertEquals("Échéance 2026-09-30", table.select("tr:eq(2) > td:eq(2)").text());

        // The checklists: in expand and in panel, between the paragraphs written around them.
        Element expand = view.select("[data-macro-name=expand]:has([data-macro-name=cop-readiness-checklist])").first();
        assertEquals("Checklist de préparation", expand.select(".expand-control-text").text());
        assertOne(expand, ".expand-content > [data-macro-name=cop-readiness-checklist][data-checklist=reel-expand]");
        assertOne(expand, ".expand-content > p > [data-macro-name=status]");
        Element panel = view.select("[data-macro-name=panel]").first();
        assertEquals("Checklist de l'équipe", panel.select(".panelHeader").text());
        assertOne(panel, ".panelContent > [data-macro-name=cop-readiness-checklist][data-checklist=reel-panel][data-mode=shared]");
        assertEquals("Avant la checklist.", expand.previousElementSibling().text());
        assertEquals("Après la checklist.", panel.nextElementSibling().text());

        // Containers in containers; the page properties table.
        assertOne(view, "[data-macro-name=warning] [data-macro-name=expand] [data-macro-name=cop-benefits-panel]"
                + ":has([data-category=institution-potentials])");
        assertEquals("Cliquez ici pour déplier...", view.select("[data-macro-name=warning] .expand-control-text").text());
        assertOne(view, ".plugin-tabmeta-details table td > p > [data-macro-name=status]");

        for (String name : UNKNOWN) {
            for (Element box : view.select("[data-macro-name=" + name + "]")) {
                assertEquals("Macro inconnue : « " + name + " »", box.text(), "in the viewer's language");
            }
        }
        assertTaskListsLinksAndSafety(view);
    }

    private static void assertTaskListsLinksAndSafety(Element view) {
        assertEquals(List.of("1", "2"), view.select("ul.inline-task-list > li").eachAttr("data-inline-task-id"));
        assertEquals(1, view.select("ul.inline-task-list > li.checked").size());
        assertEquals(List.of("smile", "tick"), view.select(".emoticon").eachAttr("data-emoticon-name"));
        assertEquals("l'accueil", view.select("a[href=/confluence/display/CDP/Accueil]").text());
        assertFalse(view.html().contains("Ajoutez ici la suite"), "an editor placeholder is not shown");
        assertTrue(view.select("script").isEmpty());
        assertFalse(view.html().contains("from a code block"), "an unknown macro's body is not shown");
        assertTrue(view.select("[onclick]").isEmpty());
        assertEquals("Relisez la charte.", view.select("[data-macro-name=tip] .confluence-information-macro-body").text());
        assertTrue(view.select("[data-macro-name=tip] a[href]").isEmpty(), "no javascript: link");
    }

    private static void assertOne(Element scope, String selector) {
        assertEquals(1, scope.select(selector).size(), selector + " in " + scope.outerHtml());
    }
}
