package org.dpatracker.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.dpatracker.DpaTrackerApplication;
import org.dpatracker.dashboard.DashboardService;
import org.dpatracker.dataflow.RecipientFilter;
import org.dpatracker.dataflow.RecipientService;
import org.dpatracker.deadline.UpcomingDeadlines;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RedFlagRefresher;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.security.SystemAccess;
import org.jooq.DSLContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the server time of the big views (the processor list's first page and searches, an
 * agreement's detail, "Where data goes", the start page), of a full red-flag refresh and of the reminder run
 * (with every agreement's review due within 60 days and mail through a loopback SMTP server) on a generated
 * register of 100, 1,000 and 10,000 agreements with five subprocessor links each, so that growth shows.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.dpatracker.benchmark.RegisterBenchmark [-Dexec.args="postgres"]}
 */
public final class RegisterBenchmark {

    /** The register grows through these sizes; each is measured before the next is added. */
    private static final int[] SIZES = {100, 1_000, 10_000};

    private static final int AGREEMENTS = 10_000;
    private static final int LINKS_PER_AGREEMENT = 5;
    private static final int VENDORS = 2_000;
    private static final int WARM_UP = 30;
    private static final int RUNS = 100;
    private static final int SLOW_RUNS = 5;

    private RegisterBenchmark() {}

    public static void main(String[] args) {
        boolean postgres = args.length > 0 && args[0].equals("postgres");
        List<String> properties = new ArrayList<>(List.of(
                "--spring.profiles.active=test",
                "--server.port=0",
                "--logging.level.root=WARN",
                "--vaadin.launch-browser=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + ReminderLoad.SMTP_PORT,
                "--dpa.reminders.scheduled=false",
                "--dpa.reminders.max-single-mails=10",
                "--dpa.webhooks.scheduled=false"));
        properties.add(
                postgres
                        ? "--spring.datasource.url=" + BenchmarkPostgres.jdbcUrl()
                        : "--spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1");
        if (postgres) {
            properties.addAll(
                    List.of("--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
        }
        System.setProperty("org.jooq.no-logo", "true");
        ReminderLoad reminders = new ReminderLoad();
        reminders.start();
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(DpaTrackerApplication.class).run(properties.toArray(String[]::new))) {
            reminders.createUsers(context);
            run(context, postgres ? "PostgreSQL 17 (embedded)" : "H2 (in memory)", reminders);
        }
        reminders.stop();
        BenchmarkPostgres.stop();
    }

    private static void run(ConfigurableApplicationContext context, String database, ReminderLoad reminders) {
        ScaleDataGenerator generator = new ScaleDataGenerator(context.getBean(DSLContext.class));
        int generated = 0;
        long firstId = -1;
        for (int size : SIZES) {
            long start = System.nanoTime();
            long first = generator.generate(
                    size - generated, LINKS_PER_AGREEMENT, VENDORS * (size - generated) / AGREEMENTS);
            firstId = firstId < 0 ? first : firstId;
            generated = size;
            if (database.startsWith("PostgreSQL")) {
                // Fresh statistics, as autovacuum would gather them on a live database.
                context.getBean(DSLContext.class).execute("analyze");
            }
            long written = System.nanoTime();
            SystemAccess.run(() -> context.getBean(RedFlagRefresher.class).refreshAll());
            long flagged = System.nanoTime();
            System.out.printf(
                    "%n%s, %,d agreements and %,d subprocessor links (added in %.1f s); red flags of all refreshed in"
                            + " %.1f s (what an adequacy change costs)%n",
                    database, size, size * LINKS_PER_AGREEMENT, (written - start) / 1e9, (flagged - written) / 1e9);
            measure(context, firstId, size);
            reminders.dateReviews(context);
            reminders.measure(context);
        }
    }

    private static void measure(ConfigurableApplicationContext context, long firstId, int size) {
        AgreementService agreements = context.getBean(AgreementService.class);
        RecipientService recipients = context.getBean(RecipientService.class);
        UpcomingDeadlines deadlines = context.getBean(UpcomingDeadlines.class);
        ChangeNoticeService notices = context.getBean(ChangeNoticeService.class);
        SystemAccess.run(() -> {
            report("first grid page (50 rows + count)", RUNS, () -> {
                agreements.findPage(RegisterFilter.all(), List.of(), 0, 50);
                return agreements.count(RegisterFilter.all());
            });
            report("search \"Vendor 12\" (page + count)", RUNS, () -> {
                RegisterFilter search = RegisterFilter.text("Vendor 12");
                agreements.findPage(search, List.of(), 0, 50);
                return agreements.count(search);
            });
            report("search \"Vendor 1234\" (page + count)", RUNS, () -> {
                RegisterFilter search = RegisterFilter.text("Vendor 1234");
                agreements.findPage(search, List.of(), 0, 50);
                return agreements.count(search);
            });
            report("flagged, outside EEA, page 20", RUNS, () -> {
                RegisterFilter filter = new RegisterFilter(null, null, null, true, true);
                agreements.findPage(filter, List.of(), Math.min(1000, size / 10), 50);
                return agreements.count(filter);
            });
            int[] next = {0};
            report("detail view (agreement, parties, subprocessor tree, flags)", RUNS, () -> {
                long id = firstId + (next[0]++ * 7919L) % size;
                return agreements.detail(id).orElseThrow().subprocessors().size();
            });
            report("where data goes: first page (50 + count + chart)", RUNS, () -> {
                recipients.page(RecipientFilter.all(), 0, 50);
                recipients.recipientsPerCountry(RecipientFilter.all());
                return recipients.count(RecipientFilter.all());
            });
            report("where data goes: search \"Vendor 1\" (page + count)", RUNS, () -> {
                RecipientFilter search = new RecipientFilter("Vendor 1", null, false, false);
                recipients.page(search, 0, 50);
                return recipients.count(search);
            });
            report("where data goes: flagged outside the EEA (page + count)", RUNS, () -> {
                RecipientFilter filter = new RecipientFilter(null, null, true, true);
                recipients.page(filter, 0, 50);
                return recipients.count(filter);
            });
            report(
                    "where data goes: CSV export of all",
                    SLOW_RUNS,
                    () -> recipients.exportCsv(RecipientFilter.all()).length);
            report("start page (deadlines within 90 days + open notices)", RUNS, () -> {
                notices.open();
                return deadlines.within(90).size();
            });
            DashboardService dashboard = context.getBean(DashboardService.class);
            report(
                    "start page figures (score, ten worst, counts, trend)",
                    RUNS,
                    () -> dashboard.overview().worst().size());
        });
    }

    private static void report(String name, int runs, Supplier<Object> work) {
        for (int i = 0; i < Math.min(WARM_UP, runs); i++) {
            work.get();
        }
        List<Double> millis = new ArrayList<>();
        Object result = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(
                "  %-58s median %6.1f ms  p95 %6.1f ms  max %6.1f ms  (result %s)%n",
                name, millis.get(runs / 2), millis.get((int) (runs * 0.95)), millis.getLast(), result);
    }
}
