package dev.laurel.server.platform;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first step of a shutdown: readiness already says not ready (Spring Boot sets it as the context starts closing),
 * and for {@code laurel.shutdown.drain} this node keeps serving, so load balancers take it out of rotation before it
 * stops taking requests; then the follow-up workers stop and the web server finishes the requests in flight.
 */
@Component
class ShutdownDrain {

    private final ApplicationContext context;
    private final Duration drain;

    ShutdownDrain(ApplicationContext context, @Value("${laurel.shutdown.drain:0s}") Duration drain) {
        this.context = context;
        this.drain = drain;
    }

    /** Before anything stops, the management port (its readiness answer) included. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void closing(ContextClosedEvent event) throws InterruptedException {
        if (event.getApplicationContext() == context && drain.isPositive()) {
            Thread.sleep(drain);
        }
    }
}
