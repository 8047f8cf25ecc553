package org.dpatracker.core;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lets one application node at a time run a scheduled job: a row per job in the {@code shedlock} table,
 * held until the job ends (or until {@code atMost}, should the node die), judged by the database's clock
 * so that nodes with different clocks agree. A node that finds the lock held skips the run.
 */
@Component
public class JobLock {

    private final LockingTaskExecutor executor;

    JobLock(DataSource dataSource) {
        this.executor = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .usingDbTime()
                        .build()));
    }

    /** Runs {@code job} unless another node (or thread) runs the job of that name; says whether it ran. */
    public boolean runExclusively(String name, Duration atMost, Runnable job) {
        LockingTaskExecutor.TaskResult<Boolean> result = executeQuietly(name, atMost, job);
        return result.wasExecuted();
    }

    private LockingTaskExecutor.TaskResult<Boolean> executeQuietly(String name, Duration atMost, Runnable job) {
        try {
            return executor.executeWithLock(
                    () -> {
                        job.run();
                        return true;
                    },
                    new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO));
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable failure) {
            throw new IllegalStateException(failure);
        }
    }
}
