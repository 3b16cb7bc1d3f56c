package org.coplaunchpad.standalone.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.coplaunchpad.standalone.data.Page;

/** The URLs Confluence gives pages: /display/SPACE/Title+With+Plus (and viewpage.action?pageId=N). */
final class StorageLinks {
    private StorageLinks() {
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String display(String contextPath, Page page) {
        return contextPath + "/display/" + encode(page.spaceKey()) + "/" + encode(page.title());
    }

    static String webui(Page page) {
        return "/display/" + encode(page.spaceKey()) + "/" + encode(page.title());
    }
}
