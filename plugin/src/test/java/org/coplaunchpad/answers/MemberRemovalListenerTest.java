package org.coplaunchpad.answers;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.ArgumentMatchers.any;

import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import org.junit.jupiter.api.Test;

/** Which member a UserRemoveEvent forgets: the key of the user it carries, however Confluence carries it. */
class MemberRemovalListenerTest {
    private final EventPublisher publisher = mock(EventPublisher.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final MemberErasure erasure = mock(MemberErasure.class);
    private final MemberRemovalListener listener = new MemberRemovalListener(publisher, userAccessor, erasure);

    private static ConfluenceUser confluenceUser(String name, String key) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getName()).thenReturn(name);
        when(user.getKey()).thenReturn(new UserKey(key));
        return user;
    }

    @Test
    void it_registers_with_the_event_publisher_while_the_app_is_enabled() {
        listener.afterPropertiesSet();
        listener.destroy();

        verify(publisher).register(listener);
        verify(publisher).unregister(listener);
    }

    @Test
    void a_removed_confluence_user_is_forgotten_by_key_not_by_name() {
        listener.onUserRemoved(new UserRemoveEvent(this, confluenceUser("alice", "8a7f808a9c")));

        verify(erasure).forget("8a7f808a9c");
    }

    @Test
    void a_user_carried_by_name_only_is_looked_up_by_name() {
        User plain = mock(User.class);
        when(plain.getName()).thenReturn("bruno");
        ConfluenceUser bruno = confluenceUser("bruno", "8a7f808a9d");
        when(userAccessor.getUserByName("bruno")).thenReturn(bruno);

        listener.onUserRemoved(new UserRemoveEvent(this, plain));

        verify(erasure).forget("8a7f808a9d");
    }

    @Test
    void a_user_nobody_knows_forgets_nothing() {
        User plain = mock(User.class);
        when(plain.getName()).thenReturn("ghost");

        listener.onUserRemoved(new UserRemoveEvent(this, plain));
        listener.onUserRemoved(new UserRemoveEvent(this, null));

        verify(erasure, never()).forget(any());
    }
}
