package io.newsreel.ops;

/**
 * A service together with the admin server that reports on it. The admin server starts first, so that probes are
 * answered (not ready) while the service starts, and stops last, so that they are answered (not live) while it
 * stops.
 */
public final class AdministeredService implements AutoCloseable {

    private final Runnable startService;
    private final AutoCloseable service;
    private final int adminPort;
    private final Monitoring monitoring;
    private volatile AdminServer admin;

    /**
     * @param startService starts the service; returns once it runs
     * @param service stops the service
     * @param adminPort port of the admin server; 0 picks a free one
     * @param monitoring the service's meters and health
     */
    public AdministeredService(final Runnable startService, final AutoCloseable service, final int adminPort,
                               final Monitoring monitoring) {
        this.startService = startService;
        this.service = service;
        this.adminPort = adminPort;
        this.monitoring = monitoring;
    }

    public void start() {
        admin = AdminServer.start(adminPort, monitoring);
        startService.run();
    }

    /** The port the admin server got. */
    public int adminPort() {
        return admin.port();
    }

    @Override
    public void close() throws Exception {
        try {
            service.close();
        } finally {
            if (admin != null) {
                admin.close();
            }
        }
    }
}
