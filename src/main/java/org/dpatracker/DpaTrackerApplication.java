package org.dpatracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the GDPR processor-agreement tracker. */
@SpringBootApplication
public class DpaTrackerApplication {

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication.run(DpaTrackerApplication.class, args);
    }
}
