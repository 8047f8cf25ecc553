package org.dpatracker.backup;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import org.dpatracker.core.Sha256;
import org.dpatracker.history.ChangeRecorder;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backups for administrators. On H2 the application writes an online backup while it keeps running: a SQL
 * script of the whole database, compressed, read in one serializable transaction so that the register and
 * its history chain come from the same moment. Each backup is recorded in the change history (who, when,
 * size, SHA-256). On PostgreSQL the server's own pg_dump does the job; the service only names the command.
 */
@Service
public class BackupService {

    static final String ENTITY = "backup";
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final BackupRepository repository;
    private final ChangeRecorder history;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String url;
    private final String user;

    BackupService(
            BackupRepository repository,
            ChangeRecorder history,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${spring.datasource.url:}") String url,
            @Value("${spring.datasource.username:}") String user) {
        this.repository = repository;
        this.history = history;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
        snapshot.setReadOnly(true);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.url = url;
        this.user = user;
    }

    @RolesAllowed(Permission.Names.SETTINGS_MANAGE)
    public DatabaseKind database() {
        return repository.kind();
    }

    /** Makes an H2 backup now and records it; the caller deletes the file once it was handed over. */
    @RolesAllowed(Permission.Names.SETTINGS_MANAGE)
    public DatabaseBackup backUp() {
        if (repository.kind() != DatabaseKind.H2) {
            throw new IllegalStateException("PostgreSQL is backed up with pg_dump, not by the application");
        }
        Instant madeAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String fileName = "dpa-tracker-backup-" + FILE_TIME.format(madeAt) + ".zip";
        Path file = temporaryFile();
        try {
            snapshot.executeWithoutResult(status -> repository.writeH2Script(file));
            DatabaseBackup backup = new DatabaseBackup(fileName, file, size(file), sha256(file), madeAt);
            transaction.executeWithoutResult(status -> history.inserted(
                    ENTITY, fileName, Map.of("file", fileName, "size", backup.size(), "sha256", backup.sha256())));
            LOG.info(
                    "Database backup {} made by {}: {} bytes, SHA-256 {}",
                    fileName,
                    CurrentUser.name(),
                    backup.size(),
                    backup.sha256());
            return backup;
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** The pg_dump command for this application's PostgreSQL database. */
    @RolesAllowed(Permission.Names.SETTINGS_MANAGE)
    public String postgresDumpCommand() {
        return PostgresAddress.of(url).dumpCommand(user, "dpa-tracker-" + today() + ".dump");
    }

    /** Restoring that dump into a new, empty database. */
    @RolesAllowed(Permission.Names.SETTINGS_MANAGE)
    public String postgresRestoreCommand() {
        return PostgresAddress.of(url).restoreCommand(user, "dpa-tracker-" + today() + ".dump");
    }

    private String today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("dpa-tracker-backup-", ".zip");
            // H2 writes the script itself and refuses nothing, but an empty file left over would mislead.
            Files.delete(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        MessageDigest digest = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the operating system cleans up
        }
    }
}
