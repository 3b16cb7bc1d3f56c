package org.coplaunchpad.standalone.site;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.coplaunchpad.standalone.hosting.render.Html;
import org.coplaunchpad.standalone.data.Space;

/**
 * Web-item links as Confluence renders them: Velocity templates with {@code $space}, {@code $generalUtil} and
 * {@code $htmlUtil} in the context, e.g. {@code /plugins/servlet/x?spaceKey=$generalUtil.urlEncode($space.key)}.
 * The host's own engine: the app's allowlist governs the app's templates, not the host's menus.
 */
final class LinkTemplates {
    /** What {@code $space} shows a link: Velocity reads getters. */
    public static final class SpaceView {
        private final Space space;

        SpaceView(Space space) {
            this.space = space;
        }

        public String getKey() {
            return space.key();
        }

        public String getName() {
            return space.name();
        }
    }

    /** Confluence's GeneralUtil / HtmlUtil, as far as links use them. */
    public static final class Encoders {
        public String urlEncode(String text) {
            return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
        }

        public String htmlEncode(String text) {
            return Html.escape(text);
        }
    }

    private final VelocityEngine engine = new VelocityEngine();

    LinkTemplates() {
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, "org.apache.velocity.runtime.log.NullLogChute");
        engine.init();
    }

    String render(String webItemKey, String link, Space space) {
        VelocityContext context = new VelocityContext();
        Encoders encoders = new Encoders();
        context.put("space", new SpaceView(space));
        context.put("generalUtil", encoders);
        context.put("htmlUtil", encoders);
        StringWriter out = new StringWriter();
        engine.evaluate(context, out, "web-item " + webItemKey, link);
        return out.toString().trim();
    }
}
