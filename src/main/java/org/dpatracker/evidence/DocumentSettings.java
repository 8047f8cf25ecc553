package org.dpatracker.evidence;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded documents are kept ({@code dpa.documents.store}: {@code database}, the default, or
 * {@code directory} with {@code dpa.documents.directory}) and how large one may be
 * ({@code dpa.documents.max-size}, 25 MB unless configured).
 */
@ConfigurationProperties("dpa.documents")
public record DocumentSettings(
        @DefaultValue("database") Store store,
        Path directory,
        @DefaultValue("25MB") DataSize maxSize) {

    public enum Store {
        DATABASE,
        DIRECTORY
    }
}
