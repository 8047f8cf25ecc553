package org.dpatracker.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.dpatracker.DpaTrackerApplication;
import org.dpatracker.search.SearchService;
import org.dpatracker.security.SystemAccess;
import org.jooq.DSLContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the global search (Ctrl+K) on a generated register of 10,000 agreements with five
 * subprocessor links each: every kind is one query with its own limit, so the time should not grow
 * with the register the way loading it whole would.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.dpatracker.benchmark.SearchBenchmark}
 */
public final class SearchBenchmark {

    private static final int AGREEMENTS = 10_000;
    private static final int RUNS = 50;

    private SearchBenchmark() {}

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
                        "--spring.datasource.url=jdbc:h2:mem:search-benchmark;DB_CLOSE_DELAY=-1")) {
            new ScaleDataGenerator(context.getBean(DSLContext.class)).generate(AGREEMENTS, 5, 2_000);
            SearchService search = context.getBean(SearchService.class);
            SystemAccess.run(() -> {
                report(
                        "global search \"Vendor 12\"",
                        () -> search.search("Vendor 12").size());
                report(
                        "global search \"vendor 1234\"",
                        () -> search.search("vendor 1234").size());
                report(
                        "global search \"nothing like this\"",
                        () -> search.search("nothing like this").size());
            });
        }
    }

    private static void report(String name, Supplier<Object> work) {
        for (int i = 0; i < RUNS; i++) {
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
                "  %-40s median %6.1f ms  p95 %6.1f ms  (results %s)%n",
                name, millis.get(RUNS / 2), millis.get((int) (RUNS * 0.95)), result);
    }
}
