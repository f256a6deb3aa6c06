package dev.laurel.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.zaxxer.hikari.HikariDataSource;
import dev.laurel.server.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.ResolvableType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A shutdown while a follow-up runs longer than the scheduler waits for it: the data source closes only once that run
 * is over, so it never finds the pool closed under it. On a queue of its own (a schema of its own), so the test
 * application's scheduler never sees its work.
 */
class FollowUpsShutdownTest {

    private static final TaskDescriptor<Void> SLOW = TaskDescriptor.of("slow-shutdown-work");

    @Test
    void aRunOutlivingTheSchedulersStopEndsBeforeTheDataSourceCloses() throws Exception {
        String schema = "shutdown_" + UUID.randomUUID().toString().replace("-", "");
        try (HikariDataSource admin = dataSource(null)) {
            JdbcClient.create(admin).sql("create schema " + schema).update();
        }
        HikariDataSource dataSource = dataSource(schema);
        JdbcClient.create(dataSource).sql("""
                        create table scheduled_tasks (task_name text not null, task_instance text not null,
                            task_data bytea, execution_time timestamp with time zone, picked boolean not null,
                            picked_by text, last_success timestamp with time zone,
                            last_failure timestamp with time zone, consecutive_failures int,
                            last_heartbeat timestamp with time zone, version bigint not null, priority smallint,
                            state text, primary key (task_name, task_instance))""").update();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> lastQuery = new CompletableFuture<>();
        Task<Void> slow = FollowUp.task(SLOW, id -> {
            started.countDown();
            boolean interrupted = awaitUninterruptibly(release);
            try {
                lastQuery.complete(JdbcClient.create(dataSource)
                        .sql("select 1")
                        .query(Integer.class)
                        .single());
            } catch (RuntimeException e) {
                lastQuery.completeExceptionally(e);
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return FollowUp.Next.done();
        });
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("slow", slow);
        FollowUps followUps = new FollowUps(
                dataSource,
                beans.getBeanProvider(ResolvableType.forClass(Task.class)),
                Clock.systemUTC(),
                Duration.ofMillis(100),
                Duration.ofSeconds(30),
                1,
                Duration.ofSeconds(1),
                true);
        followUps.start();
        followUps.schedule(SLOW, "one", Clock.systemUTC().instant());
        assertThat(started.await(20, TimeUnit.SECONDS)).as("the work started").isTrue();

        followUps.stop();
        CompletableFuture<Void> destroyed = CompletableFuture.runAsync(() -> {
            try {
                followUps.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        release.countDown();
        destroyed.get(20, TimeUnit.SECONDS);
        dataSource.close();

        assertThat(lastQuery.get(20, TimeUnit.SECONDS))
                .as("the run's last statement, after the scheduler's stop gave up waiting")
                .isEqualTo(1);
        try (HikariDataSource admin = dataSource(null)) {
            JdbcClient.create(admin).sql("drop schema " + schema + " cascade").update();
        }
    }

    private static HikariDataSource dataSource(String schema) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestDatabase.url());
        dataSource.setUsername(TestDatabase.user());
        dataSource.setPassword(TestDatabase.password());
        dataSource.setMaximumPoolSize(4);
        if (schema != null) {
            dataSource.setSchema(schema);
        }
        return dataSource;
    }

    /** Waits for {@code latch} through interrupts (the scheduler's stop interrupts the run); whether there was one. */
    private static boolean awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                return interrupted;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }
}
