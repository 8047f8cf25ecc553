package org.dpatracker.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dpatracker.DpaTrackerApplication;
import org.dpatracker.dashboard.DashboardService;
import org.dpatracker.processor.RedFlagRefresher;
import org.dpatracker.security.SystemAccess;
import org.jooq.DSLContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the start page's figures (the score of every agreement in force ranked in the database, the counts
 * and the trend) and the daily snapshot on a generated register of 100, 1,000 and 10,000 agreements, without
 * the mail and reminder load of {@link RegisterBenchmark}. The first run is shown apart: H2 may reuse the result of
 * a query whose tables have not changed.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.dpatracker.benchmark.DashboardBenchmark}
 */
public final class DashboardBenchmark {

    private static final int[] SIZES = {100, 1_000, 10_000};
    private static final int RUNS = 30;

    private DashboardBenchmark() {}

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DpaTrackerApplication.class)
                .run(
                        "--spring.profiles.active=test",
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--vaadin.launch-browser=false",
                        "--dpa.reminders.scheduled=false",
                        "--dpa.webhooks.scheduled=false",
                        "--spring.datasource.url=jdbc:h2:mem:dashboard-benchmark;DB_CLOSE_DELAY=-1")) {
            ScaleDataGenerator generator = new ScaleDataGenerator(context.getBean(DSLContext.class));
            DashboardService dashboard = context.getBean(DashboardService.class);
            int generated = 0;
            for (int size : SIZES) {
                generator.generate(size - generated, 5, Math.max(1, 2_000 * (size - generated) / 10_000));
                generated = size;
                SystemAccess.run(() -> context.getBean(RedFlagRefresher.class).refreshAll());
                System.out.printf("%n%,d agreements%n", size);
                report(
                        "start page figures",
                        () -> SystemAccess.call(dashboard::overview).inForce());
                report(
                        "daily snapshot",
                        () -> SystemAccess.call(dashboard::takeSnapshot).agreements());
            }
        }
    }

    private static void report(String name, java.util.function.Supplier<Object> work) {
        long cold = System.nanoTime();
        work.get();
        double first = (System.nanoTime() - cold) / 1e6;
        for (int i = 0; i < 4; i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        Object result = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(
                "  %-24s first %7.1f ms  median %7.1f ms  p95 %7.1f ms  (result %s)%n",
                name, first, millis.get(RUNS / 2), millis.get((int) (RUNS * 0.95)), result);
    }
}
