package org.coplaunchpad.standalone.hosting.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateFillerTest {
    @Test
    void i18n_elements_become_the_text_escaped_for_xml() {
        String filled = TemplateFiller.fill("<p><at:i18n at:key=\"a\"/> <at:i18n at:key='b' /></p>",
                key -> key.equals("a") ? "Tom & Jerry's <note>" : "B", Map.of());

        assertEquals("<p>Tom &amp; Jerry's &lt;note&gt; B</p>", filled);
    }

    @Test
    void variables_come_from_the_context_map_escaped_unless_declared_raw_xhtml() {
        String filled = TemplateFiller.fill("<h1><at:var at:name=\"title\"/></h1><at:var at:name=\"body\" at:rawxhtml=\"true\"/>"
                        + "<p><at:var at:name=\"missing\"/></p>",
                key -> key, Map.of("title", "A < B", "body", "<p>raw</p>"));

        assertEquals("<h1>A &lt; B</h1><p>raw</p><p></p>", filled);
    }

    @Test
    void the_lines_of_a_value_are_separated_by_line_breaks_as_confluence_writes_them() {
        String filled = TemplateFiller.fill("<p><at:var at:name=\"note\"/></p><p><at:i18n at:key=\"k\"/></p>",
                key -> "one\ntwo", Map.of("note", "a & b\n\nc"));

        assertEquals("<p>a &amp; b<br /><br />c</p><p>one<br />two</p>", filled);
    }
}
