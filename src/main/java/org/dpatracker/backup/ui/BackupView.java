package org.dpatracker.backup.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.dpatracker.backup.BackupService;
import org.dpatracker.backup.DatabaseBackup;
import org.dpatracker.backup.DatabaseKind;
import org.dpatracker.security.Permission;

/**
 * Administrators download an online backup of the H2 database, made when they click, or read the pg_dump
 * command for PostgreSQL, which the application cannot run itself.
 */
@Route("backup")
@Menu(order = 88, icon = "vaadin:database", title = "nav.backup")
@RolesAllowed(Permission.Names.SETTINGS_MANAGE)
public class BackupView extends VerticalLayout implements HasDynamicTitle {

    BackupView(BackupService backups) {
        add(new H2(getTranslation("nav.backup")));
        if (backups.database() == DatabaseKind.H2) {
            add(new Paragraph(getTranslation("backup.h2.intro")), download(backups));
            add(new H3(getTranslation("backup.restore")), new Paragraph(getTranslation("backup.h2.restore")));
        } else {
            add(new Paragraph(getTranslation("backup.postgres.intro")), command(backups.postgresDumpCommand()));
            add(
                    new H3(getTranslation("backup.restore")),
                    new Paragraph(getTranslation("backup.postgres.restore")),
                    command(backups.postgresRestoreCommand()));
        }
        add(new Paragraph(getTranslation("backup.not-included")));
    }

    private Anchor download(BackupService backups) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    DatabaseBackup backup = backups.backUp();
                    try {
                        return new DownloadResponse(
                                Files.newInputStream(backup.file(), StandardOpenOption.DELETE_ON_CLOSE),
                                backup.fileName(),
                                "application/zip",
                                backup.size());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }),
                getTranslation("backup.download"));
        anchor.getElement().setAttribute("download", true);
        anchor.setId("backup-download");
        return anchor;
    }

    private static Pre command(String text) {
        Pre pre = new Pre(text);
        pre.addClassName("backup-command");
        return pre;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backup") + " | " + getTranslation("app.name");
    }
}
