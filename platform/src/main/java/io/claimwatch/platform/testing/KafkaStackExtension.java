package io.claimwatch.platform.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension giving tests a real broker and registry: {@code @ExtendWith(KafkaStackExtension.class)}
 * and a parameter of type {@link KafkaStack} (constructor, lifecycle or test method). The stack starts once
 * per test JVM, on first use, and stops when the JVM's tests are done. Tests share it, so each test should use
 * its own topic names or application ids where it matters.
 */
public final class KafkaStackExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("stack", key -> new StackResource(KafkaStack.start()), StackResource.class)
                .stack();
    }

    /** Closed by JUnit when the root context closes, i.e. after the last test of this JVM. */
    private record StackResource(KafkaStack stack) implements AutoCloseable {
        @Override
        public void close() {
            stack.close();
        }
    }
}
