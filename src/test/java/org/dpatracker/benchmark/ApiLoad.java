package org.dpatracker.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.dpatracker.DpaTrackerApplication;
import org.dpatracker.apitoken.ApiScope;
import org.dpatracker.apitoken.ApiTokenService;
import org.dpatracker.apitoken.NewApiToken;
import org.dpatracker.processor.RedFlagRefresher;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.SignedIn;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;
import org.jooq.DSLContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Fifty virtual users call the REST API as scripts would, for a bounded time, on a generated register: the
 * first page of agreements, a search, one agreement's detail, the flagged subprocessors outside the EEA and now
 * and then an annex PDF. With personal access tokens, then for comparison briefly with HTTP Basic and passwords
 * (BCrypt on every call). Only the loopback interface is used. Reports throughput, p50/p95/p99 per endpoint and
 * overall, and errors (non-2xx answers and exceptions).
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.dpatracker.benchmark.ApiLoad [-Dexec.args="agreements users warm-up-s measured-s basic-s pause-ms"]}
 * (defaults 1000 50 20 60 10 0; pause-ms is each user's average pause between calls)
 */
public final class ApiLoad {

    private static final String PASSWORD = "a-long-bench-password";
    private static final int LINKS_PER_AGREEMENT = 5;

    private final String base;
    private final long firstId;
    private final int agreements;
    /** A virtual user's pause between calls, on average (0: none, each user calls as fast as it is served). */
    private final int pauseMillis;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private ApiLoad(String base, long firstId, int agreements, int pauseMillis) {
        this.base = base;
        this.pauseMillis = pauseMillis;
        this.firstId = firstId;
        this.agreements = agreements;
    }

    public static void main(String[] args) throws Exception {
        int agreements = arg(args, 0, 1000);
        int users = arg(args, 1, 50);
        int warmUp = arg(args, 2, 20);
        int measured = arg(args, 3, 60);
        int basic = arg(args, 4, 10);
        int pauseMillis = arg(args, 5, 0);
        System.setProperty("org.jooq.no-logo", "true");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DpaTrackerApplication.class)
                .run(
                        "--spring.profiles.active=test",
                        "--server.address=127.0.0.1",
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--vaadin.launch-browser=false",
                        "--spring.datasource.url=jdbc:h2:mem:api-load;DB_CLOSE_DELAY=-1",
                        "--dpa.reminders.scheduled=false",
                        "--dpa.webhooks.scheduled=false",
                        "--dpa.api.basic-auth-enabled=true")) {
            long first = new ScaleDataGenerator(context.getBean(DSLContext.class))
                    .generate(agreements, LINKS_PER_AGREEMENT, Math.max(10, agreements / 5));
            SystemAccess.run(() -> context.getBean(RedFlagRefresher.class).refreshAll());
            String port = context.getEnvironment().getProperty("local.server.port");
            ApiLoad load = new ApiLoad("http://127.0.0.1:" + port, first, agreements, pauseMillis);
            List<String> names = createUsers(context);
            List<String> tokens =
                    names.stream().map(name -> token(context, name)).toList();
            List<String> bearer =
                    tokens.stream().map(token -> "Bearer " + token).toList();
            List<String> passwords = names.stream()
                    .map(name -> "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .toList();
            System.out.printf(
                    "%nH2 (in memory), %,d agreements with %d subprocessor links each; %d virtual users, %s processors%n",
                    agreements, LINKS_PER_AGREEMENT, users, Runtime.getRuntime().availableProcessors());
            load.run("personal access tokens", bearer, users, warmUp, measured);
            if (basic > 0) {
                load.run("HTTP Basic with passwords (BCrypt)", passwords, users, Math.min(warmUp, 5), basic);
            }
        }
    }

    /** A DPO, an auditor and a manager; their tokens may read and export as far as each user may. */
    private static List<String> createUsers(ConfigurableApplicationContext context) {
        UserService users = context.getBean(UserService.class);
        List<Role> roles = List.of(Role.DPO, Role.AUDITOR, Role.MANAGER);
        List<String> names = new ArrayList<>();
        for (Role role : roles) {
            String name = "load-" + role.name().toLowerCase(java.util.Locale.ROOT);
            SystemAccess.run(() -> users.create(new UserDraft(
                    null, null, name, "Load " + role, name + "@example.org", PASSWORD, true, Set.of(role))));
            names.add(name);
        }
        return names;
    }

    private static String token(ConfigurableApplicationContext context, String username) {
        return SignedIn.as(
                context.getBean(UserDetailsService.class),
                username,
                () -> context.getBean(ApiTokenService.class)
                        .create(new NewApiToken("load test", Set.of(ApiScope.READ, ApiScope.EXPORT), 1))
                        .secret());
    }

    private void run(String title, List<String> credentials, int users, int warmUpSeconds, int measuredSeconds)
            throws InterruptedException {
        Recorder warm = new Recorder();
        drive(credentials, users, Duration.ofSeconds(warmUpSeconds), warm);
        Recorder recorder = new Recorder();
        long start = System.nanoTime();
        drive(credentials, users, Duration.ofSeconds(measuredSeconds), recorder);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%n%s: %d s warm-up (%,d calls), %.1f s measured%n", title, warmUpSeconds, warm.calls(), seconds);
        recorder.report(seconds);
    }

    /** Each virtual user calls one endpoint after the other, without pause, until the time is up. */
    private void drive(List<String> credentials, int users, Duration duration, Recorder recorder)
            throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String authorization = credentials.get(i % credentials.size());
            boolean mayExport = i % credentials.size() != 2;
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    call(authorization, mayExport, recorder);
                    pause();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void call(String authorization, boolean mayExport, Recorder recorder) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int pick = random.nextInt(100);
        long id = firstId + random.nextInt(agreements);
        String endpoint;
        String path;
        if (pick < 30) {
            endpoint = "GET /agreements (first page of 50)";
            path = "/api/v1/agreements?limit=50";
        } else if (pick < 50) {
            endpoint = "GET /agreements?q=Vendor N";
            path = "/api/v1/agreements?limit=50&q=Vendor%20" + random.nextInt(1000);
        } else if (pick < 80) {
            endpoint = "GET /agreements/{id}";
            path = "/api/v1/agreements/" + id;
        } else if (pick < 98 || !mayExport) {
            endpoint = "GET /subprocessors (page of 50)";
            path = "/api/v1/subprocessors?limit=50&offset=" + 50 * random.nextInt(4);
        } else {
            endpoint = "GET /agreements/{id}/annex (PDF)";
            path = "/api/v1/agreements/" + id + "/annex";
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            recorder.record(
                    endpoint,
                    System.nanoTime() - start,
                    response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode());
        } catch (Exception failed) {
            recorder.record(
                    endpoint, System.nanoTime() - start, failed.getClass().getSimpleName());
        }
    }

    private void pause() {
        if (pauseMillis > 0) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(pauseMillis / 2, pauseMillis * 3 / 2 + 1));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /** Latencies per endpoint and errors by kind, from many threads. */
    private static final class Recorder {

        private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

        void record(String endpoint, long nanos, String error) {
            List<Long> list = latencies.computeIfAbsent(endpoint, key -> new ArrayList<>());
            synchronized (list) {
                list.add(nanos);
            }
            if (error != null) {
                errors.computeIfAbsent(endpoint + ": " + error, key -> new AtomicInteger())
                        .incrementAndGet();
            }
        }

        int calls() {
            return latencies.values().stream().mapToInt(List::size).sum();
        }

        void report(double seconds) {
            List<Long> all = new ArrayList<>();
            new TreeMap<>(latencies).forEach((endpoint, list) -> {
                all.addAll(list);
                line(endpoint, list, seconds);
            });
            line("all", all, seconds);
            int errorCount =
                    errors.values().stream().mapToInt(AtomicInteger::get).sum();
            System.out.printf("  errors: %,d of %,d calls%n", errorCount, all.size());
            new TreeMap<>(errors).forEach((kind, count) -> System.out.printf("    %s: %,d%n", kind, count.get()));
        }

        private static void line(String endpoint, List<Long> nanos, double seconds) {
            List<Long> sorted = new ArrayList<>(nanos);
            sorted.sort(null);
            System.out.printf(
                    "  %-42s %8.1f calls/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (%,d calls)%n",
                    endpoint,
                    sorted.size() / seconds,
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.95),
                    percentile(sorted, 0.99),
                    sorted.size());
        }

        private static double percentile(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
        }
    }
}
