package org.coplaunchpad.velocity;

import com.atlassian.templaterenderer.RenderingException;
import java.lang.reflect.Method;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.parser.node.AbstractExecutor;
import org.apache.velocity.runtime.parser.node.BooleanPropertyExecutor;
import org.apache.velocity.runtime.parser.node.GetExecutor;
import org.apache.velocity.runtime.parser.node.MapGetExecutor;
import org.apache.velocity.runtime.parser.node.MapSetExecutor;
import org.apache.velocity.runtime.parser.node.PropertyExecutor;
import org.apache.velocity.runtime.parser.node.PutExecutor;
import org.apache.velocity.runtime.parser.node.SetExecutor;
import org.apache.velocity.runtime.parser.node.SetPropertyExecutor;
import org.apache.velocity.util.ArrayListWrapper;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Resolves template calls exactly as Velocity 1.7's {@link UberspectImpl} does, then refuses any method that is
 * neither {@linkplain BuiltInAllowlist built in} nor on the engine's {@link VelocityAllowlist}. Confluence 9+ renders
 * nothing for such a call and logs; we throw, so a test fails where production would silently lose content.
 * Iteration for {@code #foreach} is Velocity-internal and stays unchecked, as in Confluence.
 *
 * <p>Public only because Velocity instantiates it by class name ({@code runtime.introspector.uberspect}).
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {

    /** Application attribute under which the engine's {@link VelocityAllowlist} is handed to this uberspect. */
    static final String ALLOWLIST_ATTRIBUTE = VelocityAllowlist.class.getName();

    private VelocityAllowlist allowlist;

    @Override
    public void setRuntimeServices(RuntimeServices runtime) {
        Object configured = runtime.getApplicationAttribute(ALLOWLIST_ATTRIBUTE);
        if (!(configured instanceof VelocityAllowlist)) {
            throw new IllegalStateException(getClass().getSimpleName() + " needs a " + VelocityAllowlist.class.getName()
                    + " as application attribute '" + ALLOWLIST_ATTRIBUTE + "'; build engines with ConfluenceTemplateRenderer");
        }
        allowlist = (VelocityAllowlist) configured;
    }

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) throws Exception {
        if (target == null) {
            return null;
        }
        Class<?> type = target.getClass();
        Method method = introspector.getMethod(type, methodName, args);
        if (method != null) {
            requireAllowed(type, method, info);
            return new VelMethodImpl(method);
        }
        if (type.isArray()) {
            // Velocity lets templates treat arrays as lists; that is as harmless as List itself.
            method = introspector.getMethod(ArrayListWrapper.class, methodName, args);
            return method == null ? null : new VelMethodImpl(method, true);
        }
        if (target instanceof Class<?> staticType) {
            // $someClass.staticMethod(): check against the class whose static method it is.
            method = introspector.getMethod(staticType, methodName, args);
            if (method != null) {
                requireAllowed(staticType, method, info);
                return new VelMethodImpl(method);
            }
        }
        return null;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String property, Info info) throws Exception {
        if (target == null) {
            return null;
        }
        Class<?> type = target.getClass();
        // Same search order as UberspectImpl: getFoo(), Map.get("foo"), get("foo"), isFoo().
        AbstractExecutor executor = new PropertyExecutor(log, introspector, type, property);
        if (!executor.isAlive()) {
            executor = new MapGetExecutor(log, type, property);
        }
        if (!executor.isAlive()) {
            executor = new GetExecutor(log, introspector, type, property);
        }
        if (!executor.isAlive()) {
            executor = new BooleanPropertyExecutor(log, introspector, type, property);
        }
        if (!executor.isAlive()) {
            return null;
        }
        requireAllowed(type, executor.getMethod(), info);
        return new VelGetterImpl(executor);
    }

    @Override
    public VelPropertySet getPropertySet(Object target, String property, Object value, Info info) throws Exception {
        if (target == null) {
            return null;
        }
        Class<?> type = target.getClass();
        // Same search order as UberspectImpl: setFoo(value), Map.put("foo", value), put("foo", value).
        SetExecutor executor = new SetPropertyExecutor(log, introspector, type, property, value);
        if (!executor.isAlive()) {
            executor = new MapSetExecutor(log, type, property);
        }
        if (!executor.isAlive()) {
            executor = new PutExecutor(log, introspector, type, value, property);
        }
        if (!executor.isAlive()) {
            return null;
        }
        requireAllowed(type, executor.getMethod(), info);
        return new VelSetterImpl(executor);
    }

    private void requireAllowed(Class<?> type, Method method, Info info) {
        if (BuiltInAllowlist.allows(type, method) || allowlist.allows(type, method)) {
            return;
        }
        String entry = method.getDeclaringClass().getName() + "#" + VelocityAllowlist.signatureOf(method);
        throw new RenderingException("Velocity method not allowlisted: " + entry
                + " (called on a " + type.getName() + " at " + where(info) + "). "
                + "Confluence 9+ renders nothing for this call. Allowlist it in atlassian-plugin.xml with "
                + "<velocity-allowlist key=\"...\"><method>" + entry + "</method></velocity-allowlist> "
                + "(and in VelocityAllowlist.of(...) for this renderer), or give the template a String, number, "
                + "boolean, List or Map instead." + velocityScopeHint(method));
    }

    private static String where(Info info) {
        return info == null ? "an unknown place"
                : info.getTemplateName() + " line " + info.getLine() + ", column " + info.getColumn();
    }

    private static String velocityScopeHint(Method method) {
        // Velocity 1.7's $foreach/$template scope objects do not exist in Confluence's Velocity 1.6.
        return method.getDeclaringClass().getName().startsWith("org.apache.velocity.")
                ? " Note: Confluence's Velocity 1.6 has no $foreach scope object; use $velocityCount or $velocityHasNext."
                : "";
    }
}
