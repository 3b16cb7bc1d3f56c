package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coplaunchpad.standalone.data.Space;
import org.junit.jupiter.api.Test;

class LinkTemplatesTest {
    private final LinkTemplates links = new LinkTemplates();
    private final Space space = new Space(1, "C&P 1", "Communauté", null);

    @Test
    void general_util_and_html_util_url_encode_the_space_key() {
        assertEquals("/x?spaceKey=C%26P+1", links.render("item", "/x?spaceKey=$generalUtil.urlEncode($space.key)", space));
        assertEquals("/x?spaceKey=C%26P+1", links.render("item", "/x?spaceKey=$htmlUtil.urlEncode($space.key)", space));
    }

    @Test
    void the_space_is_a_velocity_object_with_key_and_name() {
        assertEquals("/x/C&P 1/Communauté", links.render("item", "/x/${space.key}/$space.name", space));
    }
}
