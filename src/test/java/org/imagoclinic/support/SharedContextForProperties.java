package org.imagoclinic.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.lifecycle.AfterContainerHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainerHook;
import net.jqwik.api.lifecycle.ContainerLifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.springframework.test.context.TestContextManager;

/**
 * Runs a jqwik container annotated {@link ClinicIntegrationTest} in the shared test context, as
 * Spring's JUnit Jupiter extension runs a Jupiter class (ADR 0029): Spring's {@link TestContextManager}
 * finds the context in its cache (or starts it), injects the {@code @Autowired} fields of each
 * property's instance before its {@code @BeforeProperty} methods, and runs the test execution
 * listeners around the class and each property (the clock reset, the security-context strategy).
 * No second context: the manager's context key is the same as every other class with the annotation.
 * Add with {@code @AddLifecycleHook(SharedContextForProperties.class)}.
 */
public class SharedContextForProperties implements BeforeContainerHook, AfterContainerHook, AroundPropertyHook {

    private static final Map<Class<?>, TestContextManager> MANAGERS = new ConcurrentHashMap<>();

    @Override
    public void beforeContainer(ContainerLifecycleContext context) throws Exception {
        Class<?> container = context.optionalContainerClass().orElseThrow();
        manager(container).beforeTestClass();
    }

    @Override
    public void afterContainer(ContainerLifecycleContext context) throws Exception {
        Class<?> container = context.optionalContainerClass().orElseThrow();
        TestContextManager manager = MANAGERS.remove(container);
        if (manager != null) {
            manager.afterTestClass();
        }
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property)
            throws Exception {
        TestContextManager manager = manager(context.containerClass());
        Object instance = context.testInstance();
        manager.prepareTestInstance(instance);
        manager.beforeTestMethod(instance, context.targetMethod());
        PropertyExecutionResult result = property.execute();
        manager.afterTestMethod(instance, context.targetMethod(), result.throwable().orElse(null));
        return result;
    }

    /** The container's hooks reach its properties only when told to. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    private static TestContextManager manager(Class<?> container) {
        return MANAGERS.computeIfAbsent(container, TestContextManager::new);
    }
}
