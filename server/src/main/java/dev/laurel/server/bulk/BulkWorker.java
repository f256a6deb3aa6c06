package dev.laurel.server.bulk;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's share of the bulk jobs: {@code laurel.bulk.workers} threads (2 by default), each taking batches of
 * {@code laurel.bulk.batch-size} rows of any queued or running job until none is left, then waiting {@code
 * laurel.bulk.poll-interval} or until a job is started here. Every node runs them; the batches' row locks keep them
 * apart. A batch that fails is retried row by row, and a row that fails alone is marked failed with its error. Off
 * when {@code laurel.scheduling} is false (operator commands).
 */
@Component
class BulkWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BulkWorker.class);

    private final Batches batches;
    private final int workers;
    private final int batchSize;
    private final long pollMillis;
    private final boolean enabled;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final Semaphore wakeUp = new Semaphore(0);
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean paused;

    BulkWorker(
            Batches batches,
            @Value("${laurel.bulk.workers:2}") int workers,
            @Value("${laurel.bulk.batch-size:200}") int batchSize,
            @Value("${laurel.bulk.poll-interval:1s}") java.time.Duration poll,
            @Value("${laurel.scheduling:true}") boolean enabled) {
        this.batches = batches;
        this.workers = workers;
        this.batchSize = batchSize;
        this.pollMillis = poll.toMillis();
        this.enabled = enabled;
    }

    /** Who this worker is in the rows it issues: the JVM's pid@host and a random suffix. */
    String node() {
        return node;
    }

    /** A job was started: stop waiting. */
    void wake() {
        wakeUp.release(workers);
    }

    /** Stops taking batches (the batches in flight finish), for tests that need one node to stand aside. */
    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
        wake();
    }

    @Override
    public void start() {
        if (!enabled || workers <= 0) {
            return;
        }
        running = true;
        for (int i = 0; i < workers; i++) {
            Thread thread =
                    Thread.ofPlatform().name("laurel-bulk-" + i).daemon(true).start(this::loop);
            threads.add(thread);
        }
    }

    @Override
    public void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            boolean worked = false;
            try {
                worked = !paused && round();
            } catch (RuntimeException e) {
                log.warn("bulk issuing round failed, retrying: {}", Batches.describe(e));
            }
            if (!worked) {
                try {
                    wakeUp.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** One batch of the first job that has one; true when a batch was issued. */
    private boolean round() {
        for (Batches.Runnable job : batches.runnable()) {
            Batches.Outcome outcome;
            try {
                outcome = batches.run(job, batchSize, node);
            } catch (RuntimeException e) {
                log.warn(
                        "bulk job {}: a batch failed, retrying its rows one by one: {}", job.id(), Batches.describe(e));
                oneByOne(job);
                return true;
            }
            if (!outcome.empty()) {
                return true;
            }
            batches.complete(job.id());
        }
        return false;
    }

    private void oneByOne(Batches.Runnable job) {
        for (int row : batches.peek(job.id(), batchSize)) {
            try {
                batches.runOne(job, row, node);
            } catch (RuntimeException e) {
                batches.fail(job.id(), row, Batches.describe(e));
            }
        }
    }
}
