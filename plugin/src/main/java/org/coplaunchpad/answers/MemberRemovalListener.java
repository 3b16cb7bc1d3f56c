package org.coplaunchpad.answers;

import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.user.User;
import java.util.Optional;
import org.coplaunchpad.EventListening;
import org.springframework.stereotype.Component;

/**
 * When Confluence removes a user, their answers, reasons and history go with them ({@link MemberErasure}). A
 * deactivated user is not removed: their answers stay. Confluence publishes UserRemoveEvent with the ConfluenceUser
 * before it rewrites the username to the key (confluence-api.md §8), so the key is read from it; a plain User (name
 * only) is looked up by name, as Confluence's own FindUserHelper does. Listens while the app is enabled
 * ({@link EventListening}).
 */
@Component
public class MemberRemovalListener extends EventListening {
    private final UserAccessor userAccessor;
    private final MemberErasure memberErasure;

    public MemberRemovalListener(@ComponentImport EventPublisher eventPublisher, @ComponentImport UserAccessor userAccessor,
                                 MemberErasure memberErasure) {
        super(eventPublisher);
        this.userAccessor = userAccessor;
        this.memberErasure = memberErasure;
    }

    @EventListener
    public void onUserRemoved(UserRemoveEvent event) {
        userKey(event.getUser()).ifPresent(memberErasure::forget);
    }

    private Optional<String> userKey(User user) {
        if (user instanceof ConfluenceUser confluenceUser && confluenceUser.getKey() != null) {
            return Optional.of(confluenceUser.getKey().getStringValue());
        }
        if (user == null || user.getName() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(userAccessor.getUserByName(user.getName()))
                .map(ConfluenceUser::getKey).map(key -> key.getStringValue());
    }
}
