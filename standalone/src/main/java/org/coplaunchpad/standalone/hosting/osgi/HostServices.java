package org.coplaunchpad.standalone.hosting.osgi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The OSGi services the host offers the app, by interface: what a line of META-INF/plugin-components/imports
 * resolves to. Adding a service is one implementation class in services/ plus one {@link #add} line in
 * {@code HostServiceCatalog}.
 */
public final class HostServices {
    private final Map<Class<?>, Object> services = new LinkedHashMap<>();

    public <T> HostServices add(Class<T> type, T implementation) {
        if (services.putIfAbsent(type, type.cast(implementation)) != null) {
            throw new IllegalStateException("Two host services for " + type.getName());
        }
        return this;
    }

    public <T> Optional<T> find(Class<T> type) {
        return Optional.ofNullable(type.cast(services.get(type)));
    }

    public <T> T get(Class<T> type) {
        return find(type).orElseThrow(() -> new IllegalStateException("No host service " + type.getName()));
    }

    /** The service for an imports line, or a message naming the missing service. */
    Object forImport(String interfaceName, Class<?> asSeenByBundle, String pluginKey) {
        for (Map.Entry<Class<?>, Object> service : services.entrySet()) {
            if (service.getKey().getName().equals(interfaceName)) {
                if (service.getKey() != asSeenByBundle) {
                    throw new PluginLoadException("Bundle " + pluginKey + " carries its own copy of " + interfaceName
                            + " (loaded by " + asSeenByBundle.getClassLoader() + "): Atlassian API classes must be"
                            + " provided-scope and imported, never embedded");
                }
                return service.getValue();
            }
        }
        throw new PluginLoadException("Bundle " + pluginKey + " imports the service " + interfaceName
                + " (META-INF/plugin-components/imports), but the standalone host provides no such service."
                + " Host services: " + names() + ". Implement it in org.coplaunchpad.standalone.hosting.services and register"
                + " it in HostServiceCatalog.");
    }

    public java.util.Set<String> names() {
        TreeSet<String> names = new TreeSet<>();
        services.keySet().forEach(type -> names.add(type.getName()));
        return Collections.unmodifiableSet(names);
    }
}
