package org.dpatracker.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.dpatracker.history.ChainVerification;
import org.dpatracker.history.RestoredChain;
import org.dpatracker.processor.exchange.RegisterRow;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application killed hard ({@code destroyForcibly}, like a power cut for the process) in the middle
 * of a 5,000-row import and in the middle of a stream of edits, then opened again on the same H2 file
 * database: the import left nothing behind, every edit reported as saved is there with its history entry,
 * and the history chain verifies.
 */
class CrashSafetyIT {

    private static final int IMPORT_ROWS = 5_000;
    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path folder;

    @Test
    void anImportKilledHalfWayLeavesNoneOfItsAgreementsAndAChainThatVerifies() throws Exception {
        Path csv = folder.resolve("register.csv");
        Files.writeString(csv, generatedImport(), StandardCharsets.UTF_8);
        Worker worker = Worker.start(url(), "import", csv.toString());
        long before = Long.parseLong(worker.awaitLine("READY").split(" ")[2]);
        worker.awaitLine("IMPORT STARTED");
        Thread.sleep(3_000);

        Duration reopened = worker.killAndReopen(url(), connection -> {
            assertThat(worker.said("IMPORT FINISHED"))
                    .as("the process was killed during the import")
                    .isFalse();
            assertThat(single(connection, "select count(*) from agreement where subject_matter like 'Crash import %'"))
                    .as("none of the imported agreements exist")
                    .isZero();
            assertThat(single(connection, "select count(*) from agreement")).isEqualTo(before);
            assertThat(single(
                            connection, "select count(*) from change_history where after_state like '%Crash import%'"))
                    .isZero();
            assertThat(single(connection, "select count(*) from organisation where name like 'Crash Vendor %'"))
                    .isZero();
            assertChainVerifies(connection);
        });
        System.out.println("Import crash: database reopened " + reopened.toMillis() + " ms after the kill");
        assertTheApplicationStartsAgain();
    }

    @Test
    void editsKilledMidWayKeepEveryReportedEditWithItsHistoryAndNothingHalfWritten() throws Exception {
        Worker worker = Worker.start(url(), "edits");
        String[] editing = worker.awaitLine("EDITING").split(" ");
        long id = Long.parseLong(editing[1]);
        int firstVersion = Integer.parseInt(editing[2]);
        for (int i = 0; i < 200; i++) {
            worker.awaitLine("COMMITTED");
        }
        Thread.sleep(200);

        Duration reopened = worker.killAndReopen(url(), connection -> {
            List<String> reported = worker.lines("COMMITTED");
            String[] last = reported.getLast().split(" ");
            int lastReported = Integer.parseInt(last[1]);
            assertThat(worker.said("EDITS FINISHED")).isFalse();
            long stored = single(connection, "select version from agreement where id = " + id);
            assertThat(stored)
                    .as("every edit reported as saved is there; at most one more was saved but not yet reported")
                    .isBetween((long) lastReported, (long) lastReported + 1);
            List<String> states = afterStates(connection, id);
            assertThat(states)
                    .as("one history entry per saved version, no more, no fewer")
                    .hasSize((int) (stored - firstVersion));
            for (String line : reported) {
                String review = line.split(" ")[2];
                assertThat(states).anySatisfy(state -> assertThat(state).contains(review));
            }
            String current = text(connection, "select next_review from agreement where id = " + id);
            assertThat(states.getLast())
                    .as("the row and its last history entry agree")
                    .contains(current);
            assertChainVerifies(connection);
            System.out.println("Edits crash: " + reported.size() + " edits reported, version " + stored + " stored");
        });
        System.out.println("Edits crash: database reopened " + reopened.toMillis() + " ms after the kill");
    }

    private void assertTheApplicationStartsAgain() throws Exception {
        Worker restarted = Worker.start(url(), "start");
        String ready = restarted.awaitLine("READY");
        System.out.println("Restart after the crash: application ready in " + ready.split(" ")[1] + " ms");
        assertThat(restarted.process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(restarted.process.exitValue()).isZero();
    }

    private String url() {
        // As configured for H2 file databases: a commit is written to the file before it returns.
        return "jdbc:h2:file:" + folder.resolve("dpa-tracker").toAbsolutePath() + ";WRITE_DELAY=0";
    }

    private static void assertChainVerifies(Connection connection) {
        ChainVerification chain = RestoredChain.verify(connection, SQLDialect.H2);
        assertThat(chain.intact()).as("the history chain verifies: %s", chain).isTrue();
    }

    private static String generatedImport() {
        StringBuilder csv = new StringBuilder(String.join(",", RegisterRow.COLUMNS)).append('\n');
        for (int i = 1; i <= IMPORT_ROWS; i++) {
            csv.append("C")
                    .append(i)
                    .append(",Beispiel Fertigung GmbH (demo),Crash Vendor ")
                    .append(i)
                    .append(",DE,SIGNED,Crash import ")
                    .append(i)
                    .append(",Support,Customers,Name,GENERAL,30,,,,,,DE,Berlin,,,,\n");
        }
        return csv.toString();
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }

    private static List<String> afterStates(Connection connection, long id) throws SQLException {
        List<String> states = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select after_state from change_history"
                + " where entity = 'agreement' and entity_id = ? and operation = 'UPDATE' order by seq")) {
            statement.setString(1, String.valueOf(id));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    states.add(result.getString(1));
                }
            }
        }
        return states;
    }

    interface Check {
        void on(Connection connection) throws Exception;
    }

    /** A {@link CrashWorker} process and what it said so far. */
    private record Worker(Process process, BlockingQueue<String> unread, List<String> all) {

        static Worker start(String url, String... work) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    CrashWorker.class.getName(),
                    work[0],
                    url));
            command.addAll(List.of(work).subList(1, work.length));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            Worker worker =
                    new Worker(process, new LinkedBlockingQueue<>(), new java.util.concurrent.CopyOnWriteArrayList<>());
            Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.startsWith(CrashWorker.SAY)) {
                            String said = line.substring(CrashWorker.SAY.length());
                            worker.all.add(said);
                            worker.unread.add(said);
                        } else if (line.contains("ERROR") || line.contains("Exception")) {
                            System.out.println("worker: " + line);
                        }
                    }
                } catch (IOException ignored) {
                    // the process was killed
                }
            });
            return worker;
        }

        String awaitLine(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + START.toNanos();
            while (System.nanoTime() < deadline) {
                String line = unread.poll(1, TimeUnit.SECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
                if (line == null && !process.isAlive() && unread.isEmpty()) {
                    break;
                }
            }
            throw new AssertionError("the worker did not say " + prefix + "; it said " + all);
        }

        boolean said(String prefix) {
            return all.stream().anyMatch(line -> line.startsWith(prefix));
        }

        List<String> lines(String prefix) {
            return all.stream().filter(line -> line.startsWith(prefix)).toList();
        }

        /** Kills the process at once, opens the database as soon as it is gone and runs the checks. */
        Duration killAndReopen(String url, Check check) throws Exception {
            process.destroyForcibly();
            assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
            long killed = System.nanoTime();
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                Duration reopened = Duration.ofNanos(System.nanoTime() - killed);
                // What the process wrote before it died is read in full before the checks look at it.
                Thread.sleep(200);
                check.on(connection);
                return reopened;
            }
        }
    }
}
