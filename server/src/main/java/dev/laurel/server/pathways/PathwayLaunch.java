package dev.laurel.server.pathways;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import dev.laurel.server.issuing.BadgeId;
import dev.laurel.server.issuing.IssuedCredentials;
import dev.laurel.server.platform.FollowUp;
import dev.laurel.server.platform.FollowUps;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pathway goes live when it is published: only then is it evaluated and does it award (a draft is not live). So
 * publishing evaluates it, as follow-up work, for everyone who may have made progress already — the earners on it
 * (enrolled, joined) and then the holders of its badges — a page of {@link #PAGE} earners per run, each run in its
 * own transaction and naming the next page in its id ({@code PATHWAY|earners|AFTER}, {@code PATHWAY|holders|AFTER}).
 */
@Component
class PathwayLaunch {

    static final TaskDescriptor<Void> TASK = TaskDescriptor.of("pathway-launch");

    /** Earners evaluated per run. */
    static final int PAGE = 500;

    private static final String EARNERS = "earners";
    private static final String HOLDERS = "holders";

    private final Pathways pathways;
    private final Reevaluation reevaluation;
    private final IssuedCredentials credentials;
    private final FollowUps followUps;
    private final JdbcClient jdbc;
    private final Clock clock;

    PathwayLaunch(
            Pathways pathways,
            Reevaluation reevaluation,
            IssuedCredentials credentials,
            FollowUps followUps,
            JdbcClient jdbc,
            Clock clock) {
        this.pathways = pathways;
        this.reevaluation = reevaluation;
        this.credentials = credentials;
        this.followUps = followUps;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Configuration(proxyBeanMethods = false)
    static class Tasks {
        @Bean
        CustomTask<Void> pathwayLaunchTask(PathwayLaunch launch) {
            return FollowUp.task(TASK, launch::evaluate);
        }
    }

    @EventListener
    void on(PathwayEvents.PathwayPublished event) {
        if (event.published()) {
            followUps.schedule(TASK, page(event.pathwayId(), EARNERS, ""), clock.instant());
        }
    }

    /** Evaluates one page of the pathway's earners, and schedules the next page, if any. */
    @Transactional
    public FollowUp.Next evaluate(String id) {
        String[] parts = id.split("\\|", 3);
        Pathway pathway = pathways.find(new PathwayId(UUID.fromString(parts[0])))
                .filter(Pathway::published)
                .orElse(null);
        if (pathway == null) {
            return FollowUp.Next.done();
        }
        String phase = parts[1];
        List<String> earners = EARNERS.equals(phase) ? onIt(pathway, parts[2]) : holders(pathway, parts[2]);
        reevaluation.evaluate(List.of(pathway), earners);
        if (earners.size() == PAGE) {
            followUps.schedule(TASK, page(pathway.id(), phase, earners.getLast()), clock.instant());
        } else if (EARNERS.equals(phase)) {
            followUps.schedule(TASK, page(pathway.id(), HOLDERS, ""), clock.instant());
        }
        return FollowUp.Next.done();
    }

    private List<String> onIt(Pathway pathway, String after) {
        return jdbc.sql("select email collate \"C\" from pathway_earners where pathway_id = :id "
                        + "and email collate \"C\" > :after order by 1 limit :limit")
                .param("id", pathway.id().value())
                .param("after", after)
                .param("limit", PAGE)
                .query(String.class)
                .list();
    }

    private List<String> holders(Pathway pathway, String after) {
        List<BadgeId> badges = pathway.steps()
                .flatten()
                .<BadgeId>mapMulti((step, out) -> {
                    if (step instanceof Step.OwnBadge own) {
                        out.accept(own.badge());
                    }
                })
                .distinct()
                .toList();
        return credentials.recipientsOf(badges, after.isEmpty() ? null : after, PAGE);
    }

    private static String page(PathwayId pathway, String phase, String after) {
        return pathway.value() + "|" + phase + "|" + after;
    }
}
