package org.coplaunchpad.standalone.hosting.osgi;

import java.util.function.Supplier;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The app's Spring context, built as the Spring Scanner runtime builds it from the index: one bean per
 * component line (constructor autowiring), one bean per imports line bound to a host service. Module classes
 * (macros, servlets, upgrade tasks...) are then created from this context by constructor autowiring.
 */
public final class PluginSpringContext implements AutoCloseable {
    private final GenericApplicationContext context;
    private final PluginBundle bundle;

    private PluginSpringContext(GenericApplicationContext context, PluginBundle bundle) {
        this.context = context;
        this.bundle = bundle;
    }

    public static PluginSpringContext create(PluginBundle bundle, ScannerIndex index, HostServices services) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(bundle.classLoader());
        context.setDisplayName("Spring context of " + bundle.symbolicName());
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        for (ScannerIndex.Entry imported : index.imports()) {
            Class<?> type = bundle.loadClass(imported.className(), "imported service");
            Object service = services.forImport(imported.className(), type, bundle.symbolicName());
            registerService(context, imported.beanName(), type, () -> service);
        }
        for (ScannerIndex.Entry component : index.components()) {
            RootBeanDefinition definition =
                    new RootBeanDefinition(bundle.loadClass(component.className(), "component"));
            definition.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
            context.registerBeanDefinition(component.beanName(), definition);
        }
        PluginSpringContext pluginContext = new PluginSpringContext(context, bundle);
        pluginContext.inBundle("Spring context", () -> {
            context.refresh();
            return null;
        });
        return pluginContext;
    }

    @SuppressWarnings("unchecked")
    private static <T> void registerService(GenericApplicationContext context, String name, Class<T> type,
                                            Supplier<Object> service) {
        context.registerBean(name, type, () -> (T) service.get());
    }

    /** A module class from the descriptor, constructed with its dependencies from this context. */
    public <T> T createModule(String className, Class<T> expectedType, String role) {
        Class<?> type = bundle.loadClass(className, role);
        if (!expectedType.isAssignableFrom(type)) {
            throw new PluginLoadException("The " + role + " class " + className + " does not implement "
                    + expectedType.getName() + " as the host sees it (is the API embedded in the bundle?)");
        }
        AutowireCapableBeanFactory factory = context.getAutowireCapableBeanFactory();
        return expectedType.cast(inBundle(role + " " + className,
                () -> factory.autowire(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false)));
    }

    public <T> T getBean(Class<T> type) {
        return context.getBean(type);
    }

    /** Runs with the bundle's class loader as context class loader, turning missing imports into a clear refusal. */
    public <T> T inBundle(String what, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(bundle.classLoader());
        try {
            return action.get();
        } catch (BeansException | LinkageError e) {
            throw new PluginLoadException(bundle.missingImport(e)
                    .map(missing -> "The host refused bundle " + bundle.symbolicName() + ": its " + what + " needs " + missing)
                    .orElse("The " + what + " of bundle " + bundle.symbolicName() + " failed: "
                            + org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e)), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
