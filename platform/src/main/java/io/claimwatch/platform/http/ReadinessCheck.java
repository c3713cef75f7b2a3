package io.claimwatch.platform.http;

/** One named condition for {@code /health/ready}. */
public interface ReadinessCheck {
    String name();

    boolean isReady();

    static ReadinessCheck of(String name, java.util.function.BooleanSupplier check) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isReady() {
                try {
                    return check.getAsBoolean();
                } catch (RuntimeException e) {
                    return false;
                }
            }
        };
    }
}
