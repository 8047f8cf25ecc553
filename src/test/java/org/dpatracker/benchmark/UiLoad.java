package org.dpatracker.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dpatracker.DpaTrackerApplication;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.security.SystemAccess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The UI under real headless Chromium sessions, on the loopback interface with the demo data: first the
 * heap one idle session keeps (start page, processor list, agreement page; after full collections,
 * compared with no such sessions, with the classes that grew most), then concurrent sessions that each
 * loop through login, processor list, an agreement page, its annex PDF and logout, with p50/p95/p99 per
 * step, throughput and errors.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.dpatracker.benchmark.UiLoad [-Dexec.args="idle=10 sessions=4 seconds=120"]}
 */
public final class UiLoad {

    private static final List<String[]> USERS =
            List.of(new String[] {"dpo", "dpo-demo-2026"}, new String[] {"auditor", "auditor-demo-2026"}, new String[] {
                "manager", "manager-demo-2026"
            });

    private UiLoad() {}

    public static void main(String[] args) throws Exception {
        Map<String, Integer> options = new HashMap<>(Map.of("idle", 10, "sessions", 4, "seconds", 120));
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            options.put(pair[0], Integer.parseInt(pair[1]));
        }
        System.setProperty("org.jooq.no-logo", "true");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DpaTrackerApplication.class)
                .run(
                        "--spring.profiles.active=demo",
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:uiload;DB_CLOSE_DELAY=-1",
                        "--logging.level.root=WARN",
                        "--dpa.reminders.scheduled=false",
                        "--dpa.webhooks.scheduled=false")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            List<Long> agreements = SystemAccess.call(() ->
                            context.getBean(AgreementService.class).findPage(RegisterFilter.all(), List.of(), 0, 100))
                    .stream()
                    .map(AgreementRow::id)
                    .toList();
            System.out.printf(
                    "%nApplication on 127.0.0.1:%d, demo data (%d agreements), %d CPUs, max heap %,d MB%n",
                    port,
                    agreements.size(),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            try (BrowserUser warmUp = new BrowserUser(port)) {
                // Every page once per role, so that caches filled on first use do not count as sessions.
                for (String[] user : USERS) {
                    warmUp.logIn(user[0], user[1]);
                    warmUp.openList();
                    warmUp.openAgreement(agreements.getFirst());
                    warmUp.logOut();
                }
                loop(warmUp, USERS.getFirst(), agreements.getFirst(), new StepTimes());
                warmUp.logIn(USERS.getFirst()[0], USERS.getFirst()[1]);
                idleHeap(port, options.get("idle"), agreements.getFirst());
            }
            load(port, options.get("sessions"), options.get("seconds"), agreements);
        }
    }

    /** The heap each idle signed-in session keeps on each page, against the same JVM without them. */
    private static void idleHeap(int port, int count, long agreement) throws Exception {
        // The histogram first: it stays on the heap through every later measurement.
        Map<String, HeapProbe.Live> histogramBefore =
                Boolean.getBoolean("uiload.histogram") ? HeapProbe.histogram() : Map.of();
        long before = HeapProbe.retainedBytes();
        List<BrowserUser> idle = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                idle.add(new BrowserUser(port));
            }
            for (int i = 0; i < count; i++) {
                String[] user = USERS.get(i % USERS.size());
                idle.get(i).logIn(user[0], user[1]);
            }
            System.out.printf("%nHeap per idle UI session (%d sessions, users in turn dpo, auditor, manager)%n", count);
            report("start page after login", before, histogramBefore, count);
            idle.forEach(BrowserUser::openList);
            report("processor list", before, histogramBefore, count);
            idle.forEach(session -> session.openAgreement(agreement));
            report("agreement page", before, histogramBefore, count);
            idle.forEach(BrowserUser::logOut);
            report("after logout", before, histogramBefore, count);
        } finally {
            idle.forEach(BrowserUser::close);
        }
    }

    private static void report(String page, long before, Map<String, HeapProbe.Live> histogramBefore, int count) {
        long after = HeapProbe.retainedBytes();
        System.out.printf(
                "  %-24s %,8d KB per session (heap %,d -> %,d KB)%n",
                page, (after - before) / count / 1024, before / 1024, after / 1024);
        if (Boolean.getBoolean("uiload.histogram")) {
            HeapProbe.biggestGrowth(histogramBefore, HeapProbe.histogram(), count, 25)
                    .forEach(line -> System.out.println("      " + line));
        }
    }

    /** Concurrent sessions, each looping through the four steps and logout for the given time. */
    private static void load(int port, int sessions, int seconds, List<Long> agreements) throws Exception {
        StepTimes times = new StepTimes();
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        List<Future<?>> runs = new ArrayList<>();
        long start = System.nanoTime();
        for (int s = 0; s < sessions; s++) {
            // The manager may not export documents; dpo and auditor take turns.
            String[] user = USERS.get(s % 2);
            runs.add(pool.submit(() -> {
                try (BrowserUser browser = new BrowserUser(port)) {
                    while (System.nanoTime() < end) {
                        long agreement = agreements.get(next.getAndIncrement() % agreements.size());
                        loop(browser, user, agreement, times);
                    }
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        double took = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%nLoad: %d concurrent Chromium sessions for %.0f s, each looping login, list,"
                        + " agreement page, annex PDF, logout%n",
                sessions, took);
        times.print(took);
        System.out.printf(
                "  %d loops completed, %.2f loops/s, %d errors%n",
                times.count("whole loop"), times.count("whole loop") / took, times.errors());
    }

    /** One pass; a failed step is counted and ends the pass, the next one starts with a fresh login. */
    private static void loop(BrowserUser browser, String[] user, long agreement, StepTimes times) {
        long loopStart = System.nanoTime();
        if (step(browser, times, "login", () -> browser.logIn(user[0], user[1]))
                && step(browser, times, "processor list", browser::openList)
                && step(browser, times, "agreement page", () -> browser.openAgreement(agreement))
                && step(browser, times, "annex PDF", browser::downloadAnnex)
                && step(browser, times, "logout", browser::logOut)) {
            times.record("whole loop", System.nanoTime() - loopStart);
        }
    }

    private static boolean step(BrowserUser browser, StepTimes times, String name, Runnable work) {
        long start = System.nanoTime();
        try {
            work.run();
            times.record(name, System.nanoTime() - start);
            return true;
        } catch (RuntimeException e) {
            times.failed(name);
            System.err.println(
                    name + " failed: " + e.getMessage().lines().findFirst().orElse(""));
            return false;
        }
    }
}
