package org.dpatracker.backup;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dpatracker.DpaTrackerApplication;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.processor.exchange.ExchangeFormat;
import org.dpatracker.processor.exchange.RegisterExchangeService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application in a process of its own on an H2 file database, for {@link CrashSafetyIT}: it starts,
 * then imports a file, edits an agreement in a loop or only reports that it is up, and tells on standard
 * output what it has done, so that the test can kill it in the middle.
 */
public final class CrashWorker {

    static final String SAY = "CRASH-WORKER ";

    private CrashWorker() {}

    /** Arguments: the mode (import, edits, start), the JDBC URL and, for import, the CSV file. */
    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DpaTrackerApplication.class)
                .profiles("demo")
                .run(
                        "--spring.datasource.url=" + args[1],
                        "--server.port=0",
                        "--dpa.reminders.scheduled=false",
                        "--dpa.webhooks.scheduled=false",
                        "--logging.level.root=WARN");
        AgreementService agreements = context.getBean(AgreementService.class);
        say("READY " + (System.nanoTime() - started) / 1_000_000 + " "
                + SystemAccess.call(() -> agreements.count(RegisterFilter.all())));
        switch (args[0]) {
            case "import" -> {
                byte[] csv = Files.readAllBytes(Path.of(args[2]));
                RegisterExchangeService exchange = context.getBean(RegisterExchangeService.class);
                say("IMPORT STARTED");
                var result =
                        SystemAccess.call(() -> exchange.importFile(ExchangeFormat.CSV, new ByteArrayInputStream(csv)));
                say("IMPORT FINISHED " + result.agreements());
            }
            case "edits" -> edit(agreements, context.getBean(OrganisationService.class));
            default -> {
                // only started: the database opened and the schema is current
            }
        }
        context.close();
        System.exit(0);
    }

    private static void edit(AgreementService agreements, OrganisationService organisations) {
        SystemAccess.run(() -> {
            Agreement current =
                    AgreementBuilder.agreement(agreements, organisations).save();
            say("EDITING " + current.id() + " " + current.version());
            for (int i = 1; i <= 100_000; i++) {
                current = agreements.save(
                        current.withNextReview(LocalDate.of(2030, 1, 1).plusDays(i)));
                say("COMMITTED " + current.version() + " " + current.nextReview());
            }
        });
    }

    private static void say(String line) {
        System.out.println(SAY + line);
        System.out.flush();
    }
}
