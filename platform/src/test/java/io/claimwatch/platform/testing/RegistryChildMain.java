package io.claimwatch.platform.testing;

/**
 * Child JVM for {@link LocalRegistryOrphanIT}: starts a {@link LocalRegistry}, prints
 * {@code REGISTRY <registry pid> WATCHDOG <shell pid>} and waits to be killed.
 */
public final class RegistryChildMain {
    private RegistryChildMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalRegistry registry = LocalRegistry.start();
        long registryPid = registry.registryProcess().orElseThrow().pid();
        System.out.println("REGISTRY " + registryPid + " WATCHDOG " + registry.watchdogPid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
