package org.dpatracker.pdf;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The fonts of generated documents, read once: Liberation Sans and an optional fallback for other scripts. */
@Configuration(proxyBeanMethods = false)
class PdfConfiguration {

    @Bean
    FontSet pdfFonts(@Value("${dpa.annex.fallback-font:}") String fallbackFont) {
        return FontSet.load(fallbackFont);
    }
}
