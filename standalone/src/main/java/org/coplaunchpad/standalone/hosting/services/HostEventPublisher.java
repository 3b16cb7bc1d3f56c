package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EventPublisher: calls every registered listener's {@code @EventListener} methods whose single parameter accepts
 * the event, synchronously, as atlassian-event does for non-async events. A failing listener is logged and does
 * not stop the others.
 */
public final class HostEventPublisher implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(HostEventPublisher.class);

    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void register(Object listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener is null");
        }
        listeners.add(listener);
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    @Override
    public void publish(Object event) {
        for (Object listener : listeners) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    call(listener, method, event);
                }
            }
        }
    }

    private static void call(Object listener, Method method, Object event) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(listener.getClass().getClassLoader());
        try {
            method.invoke(listener, event);
        } catch (InvocationTargetException e) {
            LOG.error("Event listener {} failed on {}", method, event, e.getCause());
        } catch (IllegalAccessException e) {
            LOG.error("Event listener {} is not accessible", method, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
