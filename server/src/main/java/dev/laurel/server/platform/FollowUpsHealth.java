package dev.laurel.server.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code followUpWorkers}, part of readiness: up once this node's follow-up workers run (or when it runs
 * none, {@code laurel.scheduling=false}), out of service before they start and after they stopped.
 */
@Component("followUpWorkersHealthIndicator")
class FollowUpsHealth implements HealthIndicator {

    private final FollowUps followUps;
    private final boolean scheduling;

    FollowUpsHealth(FollowUps followUps, @Value("${laurel.scheduling:true}") boolean scheduling) {
        this.followUps = followUps;
        this.scheduling = scheduling;
    }

    @Override
    public Health health() {
        return !scheduling || followUps.isRunning()
                ? Health.up().build()
                : Health.outOfService().build();
    }
}
