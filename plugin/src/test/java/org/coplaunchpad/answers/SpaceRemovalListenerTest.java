package org.coplaunchpad.answers;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.event.events.space.SpaceRemoveEvent;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import org.junit.jupiter.api.Test;

class SpaceRemovalListenerTest {
    private final EventPublisher eventPublisher = mock(EventPublisher.class);
    private final SpaceErasure spaceErasure = mock(SpaceErasure.class);
    private final SpaceRemovalListener listener = new SpaceRemovalListener(eventPublisher, spaceErasure);

    @Test
    void it_listens_while_the_app_is_enabled_and_stops_when_it_is_disabled() {
        listener.afterPropertiesSet();
        verify(eventPublisher).register(listener);

        listener.destroy();
        verify(eventPublisher).unregister(listener);
    }

    @Test
    void removing_a_space_deletes_its_answers() {
        Space space = mock(Space.class);
        when(space.getKey()).thenReturn("CDP");

        listener.onSpaceRemoved(new SpaceRemoveEvent(this, space, null));

        verify(spaceErasure).forget("CDP");
    }

    @Test
    void an_event_without_a_space_deletes_nothing() {
        listener.onSpaceRemoved(new SpaceRemoveEvent(this, null, null));

        verifyNoInteractions(spaceErasure);
    }

    @Test
    void the_handler_is_an_event_listener_method_confluence_finds_by_annotation() throws Exception {
        org.junit.jupiter.api.Assertions.assertTrue(SpaceRemovalListener.class
                .getMethod("onSpaceRemoved", SpaceRemoveEvent.class).isAnnotationPresent(EventListener.class));
    }
}
