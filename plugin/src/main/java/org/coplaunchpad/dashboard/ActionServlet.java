package org.coplaunchpad.dashboard;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.coplaunchpad.access.Endpoint;
import org.coplaunchpad.access.Granted;
import org.coplaunchpad.access.Guard;
import org.coplaunchpad.access.GuardedServlet;
import org.coplaunchpad.access.Permission;
import org.coplaunchpad.macro.MacroTemplates;
import org.coplaunchpad.web.PageResponses;

/**
 * {@code POST /plugins/servlet/cop-launchpad/action}: the owner of an action (or a space administrator) marks it
 * done ({@code op=done}) or reopens it ({@code op=reopen}) from the page whose decision macro shows the plan, and is
 * sent back to that page ({@code pageId}). Anyone else gets 403. The guard has checked the member and the token;
 * {@link ActionPlanning} decides who may, since the owner need not administer the space.
 */
@LicensedOnly
public class ActionServlet extends GuardedServlet {
    static final Endpoint ENDPOINT = Endpoint.page(Permission.MEMBER, "cop-launchpad.actions.error.", "POST");

    private final ActionPlanning planning;
    private final SpaceManager spaceManager;
    private final MacroTemplates templates;

    public ActionServlet(Guard guard, ActionPlanning planning, MacroTemplates templates,
                         @ComponentImport SpaceManager spaceManager) {
        super(guard, ENDPOINT);
        this.planning = planning;
        this.spaceManager = spaceManager;
        this.templates = templates;
    }

    @Override
    protected void handle(Granted granted, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String spaceKey = request.getParameter("spaceKey") == null ? "" : request.getParameter("spaceKey").trim();
        Optional<Space> space = spaceKey.isEmpty() ? Optional.empty() : Optional.ofNullable(spaceManager.getSpace(spaceKey));
        String id = request.getParameter("id");
        if (space.isEmpty() || id == null || !id.matches("\\d{1,9}")) {
            refuse(granted, response, 404, "cop-launchpad.actions.refused.no-such-action");
            return;
        }
        ActionOutcome outcome = switch (String.valueOf(request.getParameter("op"))) {
            case "done" -> planning.markDone(granted.viewer(), space.get(), Integer.parseInt(id));
            case "reopen" -> planning.reopen(granted.viewer(), space.get(), Integer.parseInt(id));
            default -> ActionOutcome.refused(ActionOutcome.Refusal.NO_SUCH_ACTION);
        };
        if (outcome.action().isPresent()) {
            String pageId = request.getParameter("pageId");
            response.sendRedirect(request.getContextPath() + (pageId != null && pageId.matches("\\d{1,19}")
                    ? "/pages/viewpage.action?pageId=" + pageId + "#cop-plan-" + outcome.action().get().checklist() : "/display/" + java.net.URLEncoder
                    .encode(space.get().getKey(), java.nio.charset.StandardCharsets.UTF_8)));
            return;
        }
        if (outcome.refusal().orElseThrow() == ActionOutcome.Refusal.NOT_ALLOWED) {
            refuse(granted, response, 403, "cop-launchpad.actions.error.forbidden");
        } else {
            refuse(granted, response, 404, "cop-launchpad.actions.refused.no-such-action");
        }
    }

    private void refuse(Granted granted, HttpServletResponse response, int status, String messageKey)
            throws IOException {
        PageResponses.error(response, templates, status, granted.texts().get("cop-launchpad.actions.error.title"),
                granted.texts().get(messageKey));
    }
}
