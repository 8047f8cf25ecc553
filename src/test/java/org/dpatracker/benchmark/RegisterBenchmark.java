package org.dpatracker.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.dpatracker.DpaTrackerApplication;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RedFlagRefresher;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.security.SystemAccess;
import org.jooq.DSLContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the server time of the processor list's first page, a search and an agreement's detail
 * view on a generated register of 10,000 agreements and 50,000 subprocessor links.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.dpatracker.benchmark.RegisterBenchmark [-Dexec.args="postgres"]}
 */
public final class RegisterBenchmark {

    private static final int AGREEMENTS = 10_000;
    private static final int LINKS_PER_AGREEMENT = 5;
    private static final int VENDORS = 2_000;
    private static final int WARM_UP = 30;
    private static final int RUNS = 100;

    private RegisterBenchmark() {}

    public static void main(String[] args) {
        boolean postgres = args.length > 0 && args[0].equals("postgres");
        List<String> properties = new ArrayList<>(List.of(
                "--spring.profiles.active=test",
                "--server.port=0",
                "--logging.level.root=WARN",
                "--vaadin.launch-browser=false"));
        properties.add(
                postgres
                        ? "--spring.datasource.url=" + BenchmarkPostgres.jdbcUrl()
                        : "--spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1");
        if (postgres) {
            properties.addAll(
                    List.of("--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
        }
        System.setProperty("org.jooq.no-logo", "true");
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(DpaTrackerApplication.class).run(properties.toArray(String[]::new))) {
            run(context, postgres ? "PostgreSQL 17 (embedded)" : "H2 (in memory)");
        }
        BenchmarkPostgres.stop();
    }

    private static void run(ConfigurableApplicationContext context, String database) {
        long start = System.nanoTime();
        long firstId = new ScaleDataGenerator(context.getBean(DSLContext.class))
                .generate(AGREEMENTS, LINKS_PER_AGREEMENT, VENDORS);
        if (database.startsWith("PostgreSQL")) {
            // Fresh statistics, as autovacuum would gather them on a live database.
            context.getBean(DSLContext.class).execute("analyze");
        }
        long generated = System.nanoTime();
        SystemAccess.run(() -> context.getBean(RedFlagRefresher.class).refreshAll());
        long flagged = System.nanoTime();
        System.out.printf(
                "%s: generated %,d agreements and %,d subprocessor links in %.1f s; red flags for all in %.1f s%n",
                database,
                AGREEMENTS,
                AGREEMENTS * LINKS_PER_AGREEMENT,
                (generated - start) / 1e9,
                (flagged - generated) / 1e9);

        AgreementService agreements = context.getBean(AgreementService.class);
        SystemAccess.run(() -> {
            report("first grid page (50 rows + count)", () -> {
                agreements.findPage(RegisterFilter.all(), List.of(), 0, 50);
                return agreements.count(RegisterFilter.all());
            });
            report("search \"Vendor 12\" (page + count)", () -> {
                RegisterFilter search = RegisterFilter.text("Vendor 12");
                agreements.findPage(search, List.of(), 0, 50);
                return agreements.count(search);
            });
            report("search \"Vendor 1234\" (page + count)", () -> {
                RegisterFilter search = RegisterFilter.text("Vendor 1234");
                agreements.findPage(search, List.of(), 0, 50);
                return agreements.count(search);
            });
            report("flagged, outside EEA, page 20", () -> {
                RegisterFilter filter = new RegisterFilter(null, null, null, true, true);
                agreements.findPage(filter, List.of(), 1000, 50);
                return agreements.count(filter);
            });
            int[] next = {0};
            report("detail view (agreement, parties, subprocessor tree, flags)", () -> {
                long id = firstId + (next[0]++ * 7919L) % AGREEMENTS;
                return agreements.detail(id).orElseThrow().subprocessors().size();
            });
        });
    }

    private static void report(String name, Supplier<Object> work) {
        for (int i = 0; i < WARM_UP; i++) {
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
                "  %-58s median %6.1f ms  p95 %6.1f ms  max %6.1f ms  (result %s)%n",
                name, millis.get(RUNS / 2), millis.get((int) (RUNS * 0.95)), millis.getLast(), result);
    }
}
