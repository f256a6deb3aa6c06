package dev.laurel.server.bulk;

import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import dev.laurel.server.platform.FollowUp;
import dev.laurel.server.platform.FollowUps;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The bulk jobs' work: starting a job cuts its pending rows into {@code laurel.bulk.lanes} contiguous ranges (8 by
 * default, never more than one per {@code laurel.bulk.batch-size} rows) and schedules one follow-up ({@link #TASK})
 * per range, which any node may take; a node runs at most {@code laurel.bulk.workers} of them at once (2 by default)
 * and puts back the rest for {@code laurel.bulk.poll-interval}. A follow-up issues its range batch by batch ({@link
 * Batches}, {@code laurel.bulk.batch-size} rows a transaction, 200 by default), then helps with whatever rows of the job
 * are still pending (batches claim rows with {@code FOR UPDATE SKIP LOCKED}, so lanes never take the same row), then
 * completes the job when no row of it is pending. So a node keeps its workers busy from the start to the end of a job,
 * and a lane put back finds, once it runs, only what is left. A batch that fails is retried row by row, and a row that
 * fails alone is marked failed with its error. A node killed mid-batch loses its uncommitted batch; the other lanes
 * take those rows, and once its heartbeats stop another node runs its follow-up, which finds them issued, each once.
 */
@Component
class BulkWorker {

    /** The follow-up that issues one range of a job's rows; its id is {@code JOB:FIRST_ROW:LAST_ROW}. */
    static final TaskDescriptor<Void> TASK = TaskDescriptor.of("bulk-batch");

    private static final Logger log = LoggerFactory.getLogger(BulkWorker.class);

    /** Every row of a job: what a lane helps with once its own range is done. */
    private static final Batches.Range WHOLE_JOB = new Batches.Range(0, Integer.MAX_VALUE);

    private final Batches batches;
    private final FollowUps followUps;
    private final Clock clock;
    private final int batchSize;
    private final int lanes;
    private final Duration poll;
    private final Semaphore workers;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private volatile boolean paused;

    BulkWorker(
            Batches batches,
            FollowUps followUps,
            Clock clock,
            @Value("${laurel.bulk.workers:2}") int workers,
            @Value("${laurel.bulk.batch-size:200}") int batchSize,
            @Value("${laurel.bulk.lanes:8}") int lanes,
            @Value("${laurel.bulk.poll-interval:1s}") Duration poll) {
        this.batches = batches;
        this.followUps = followUps;
        this.clock = clock;
        this.workers = new Semaphore(Math.max(workers, 0));
        this.batchSize = batchSize;
        this.lanes = Math.max(lanes, 1);
        this.poll = poll;
    }

    @Configuration(proxyBeanMethods = false)
    static class Tasks {
        @Bean
        CustomTask<Void> bulkBatch(BulkWorker worker) {
            return FollowUp.task(TASK, worker::run);
        }
    }

    /** Who this worker is in the rows it issues: the JVM's pid@host and a random suffix. */
    String node() {
        return node;
    }

    /** Schedules the job's pending rows, a follow-up per lane, in the caller's transaction (the job's start). */
    void schedule(UUID jobId) {
        Instant now = clock.instant();
        List<Batches.Range> batchRanges = batches.ranges(jobId, batchSize);
        int count = Math.min(lanes, batchRanges.size());
        List<SchedulableInstance<?>> work = new ArrayList<>(count);
        for (int lane = 0; lane < count; lane++) {
            Batches.Range first = batchRanges.get(batchRanges.size() * lane / count);
            Batches.Range last = batchRanges.get(batchRanges.size() * (lane + 1) / count - 1);
            work.add(TASK.instance(jobId + ":" + first.first() + ":" + last.last())
                    .scheduledTo(now));
        }
        followUps.scheduleAll(work);
    }

    /** Stops taking batches on this node (the batches in flight finish), for tests that need one node to stand aside. */
    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
    }

    /** Issues the range {@code id} names, or puts it back for {@code poll} when this node has no worker free. */
    private FollowUp.Next run(String id) {
        String[] parts = id.split(":");
        UUID jobId = UUID.fromString(parts[0]);
        Batches.Range range = new Batches.Range(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        if (paused || !workers.tryAcquire()) {
            return FollowUp.Next.at(clock.instant().plus(poll));
        }
        try {
            Optional<Batches.Runnable> job = batches.runnable(jobId);
            if (job.isEmpty()) {
                return FollowUp.Next.done();
            }
            for (Batches.Range rows : List.of(range, WHOLE_JOB)) {
                while (true) {
                    if (paused) {
                        return FollowUp.Next.at(clock.instant().plus(poll));
                    }
                    try {
                        if (batches.run(job.get(), rows, batchSize, node).empty()) {
                            break;
                        }
                    } catch (RuntimeException e) {
                        log.warn(
                                "bulk job {}: a batch failed, retrying its rows one by one: {}",
                                jobId,
                                Batches.describe(e));
                        oneByOne(job.get(), rows);
                    }
                }
            }
            batches.complete(jobId);
            return FollowUp.Next.done();
        } finally {
            workers.release();
        }
    }

    private void oneByOne(Batches.Runnable job, Batches.Range range) {
        for (int row : batches.peek(job.id(), range, batchSize)) {
            try {
                batches.runOne(job, row, node);
            } catch (RuntimeException e) {
                batches.fail(job.id(), row, Batches.describe(e));
            }
        }
    }
}
