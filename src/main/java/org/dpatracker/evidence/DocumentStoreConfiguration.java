package org.dpatracker.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the document store from {@code dpa.documents.store}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentStoreConfiguration {

    @Bean
    DocumentStore documentStore(DocumentSettings settings, DocumentChunkRepository chunks) {
        if (settings.store() == DocumentSettings.Store.DATABASE) {
            return new DatabaseDocumentStore(chunks);
        }
        if (settings.directory() == null) {
            throw new IllegalStateException("dpa.documents.store=directory needs dpa.documents.directory");
        }
        try {
            Files.createDirectories(settings.directory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the document directory " + settings.directory(), e);
        }
        return new DirectoryDocumentStore(settings.directory());
    }
}
