package org.dpatracker.benchmark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dpatracker.DpaTrackerApplication;
import org.dpatracker.history.ChainVerification;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.history.RecordedEntity;
import org.dpatracker.history.RowMismatch;
import org.dpatracker.security.SystemAccess;
import org.jooq.DSLContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the history verification (the chain and every recorded row compared with it) on the demo
 * data and on a register grown to 10,000 agreements with five subprocessor links each. The generator
 * writes with plain SQL, so its rows are then recorded in the history as a service would record them.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.dpatracker.benchmark.VerificationBenchmark [-Dexec.args="postgres"]}
 */
public final class VerificationBenchmark {

    private static final int AGREEMENTS = 10_000;
    private static final int RUNS = 3;

    private VerificationBenchmark() {}

    public static void main(String[] args) {
        boolean postgres = args.length > 0 && args[0].equals("postgres");
        List<String> properties = new ArrayList<>(List.of(
                "--spring.profiles.active=test,demo",
                "--server.port=0",
                "--logging.level.root=WARN",
                "--vaadin.launch-browser=false",
                "--dpa.reminders.scheduled=false",
                "--dpa.webhooks.scheduled=false"));
        if (postgres) {
            properties.addAll(List.of(
                    "--spring.datasource.url=" + BenchmarkPostgres.jdbcUrl(),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres"));
        } else {
            properties.add("--spring.datasource.url=jdbc:h2:mem:verification-benchmark;DB_CLOSE_DELAY=-1");
        }
        System.setProperty("org.jooq.no-logo", "true");
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(DpaTrackerApplication.class).run(properties.toArray(String[]::new))) {
            ChangeHistoryService history = context.getBean(ChangeHistoryService.class);
            measure("demo data", history);
            new ScaleDataGenerator(context.getBean(DSLContext.class)).generate(AGREEMENTS, 5, 2_000);
            record(context, history);
            if (postgres) {
                context.getBean(DSLContext.class).execute("analyze");
            }
            measure(AGREEMENTS + " agreements more", history);
        }
        BenchmarkPostgres.stop();
    }

    /** Records the generated rows, which the verification finds inserted without an entry. */
    private static void record(ConfigurableApplicationContext context, ChangeHistoryService history) {
        Set<String> unrecorded = new HashSet<>();
        SystemAccess.call(history::verify).rowMismatches().stream()
                .filter(row -> row.kind() == RowMismatch.Kind.INSERTED)
                .forEach(row -> unrecorded.add(row.entity() + "/" + row.id()));
        ChangeRecorder recorder = context.getBean(ChangeRecorder.class);
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        SystemAccess.run(() -> transaction.executeWithoutResult(status -> {
            for (RecordedEntity entity :
                    context.getBeansOfType(RecordedEntity.class).values()) {
                entity.readCurrent((id, state) -> {
                    if (unrecorded.contains(entity.entity() + "/" + id)) {
                        recorder.inserted(entity.entity(), id, state);
                    }
                });
            }
        }));
        System.out.printf("recorded %,d generated rows%n", unrecorded.size());
    }

    private static void measure(String data, ChangeHistoryService history) {
        List<Double> seconds = new ArrayList<>();
        ChainVerification result = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            result = SystemAccess.call(history::verify);
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        seconds.sort(null);
        System.out.printf(
                "%s: %,d entries and %,d rows verified, %d rows differ; median %.2f s (runs: %s)%n",
                data,
                result.entriesChecked(),
                result.rowsChecked(),
                result.rowMismatches().size(),
                seconds.get(RUNS / 2),
                seconds);
    }
}
