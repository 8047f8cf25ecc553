package org.dpatracker.demo;

import static org.dpatracker.retention.RetentionTrigger.COLLECTION;
import static org.dpatracker.retention.RetentionTrigger.END_OF_CONTRACT;

import java.time.Period;
import java.util.Set;
import org.dpatracker.breach.AuthorityNotification;
import org.dpatracker.breach.BreachDuty;
import org.dpatracker.breach.BreachService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.retention.RetentionRule;
import org.dpatracker.retention.RetentionService;
import org.dpatracker.retention.RetentionTrigger;
import org.springframework.stereotype.Component;

/**
 * The retention and breach facts the seed texts state: imk's 30-day backups, Userlike's three-month
 * chat history at IMST, Empolis's snapshots, versions and 30-day archive after termination, Ubimax's
 * deletion on the day the contract ends and its breach clause, WIBU's legal periods with a review
 * after three years at the latest. Nothing the texts do not say.
 */
@Component
class DemoRetentionAndBreachDuties {

    private final RetentionService retention;
    private final BreachService breaches;

    DemoRetentionAndBreachDuties(RetentionService retention, BreachService breaches) {
        this.retention = retention;
        this.breaches = breaches;
    }

    void load(DemoAgreements seeds) {
        String imkPage = "imk: \"Data protection and data security for axilaris Collaboration Hub\"";
        rule(
                seeds.imk(),
                "Customer information in the axilaris Collaboration Hub",
                "P0D",
                END_OF_CONTRACT,
                null,
                "P30D",
                imkPage + ": deleted upon expiration of the contract, backups kept for 30 days");
        rule(
                seeds.imk(),
                "Daily data backups",
                "P30D",
                COLLECTION,
                null,
                null,
                imkPage + ": a data backup is automatically performed daily and kept for 30 days");

        rule(
                seeds.userlike(),
                "Chat history (website chat)",
                "P3M",
                COLLECTION,
                null,
                null,
                "IMST privacy policy, Userlike section: the chat history is stored for three months");

        String gtc = "Empolis GTC";
        rule(
                seeds.empolis(),
                "Daily snapshots of the indexing systems",
                "P30D",
                COLLECTION,
                null,
                null,
                gtc + " §5(2): daily snapshots, each kept for 30 days");
        rule(
                seeds.empolis(),
                "Older versions of original data (changed or deleted documents)",
                "P60D",
                RetentionTrigger.CUSTOM_EVENT,
                "change or deletion of the document",
                null,
                gtc
                        + " §5(1)-(2): versioning retains the older version for 60 days; Empolis-Box data "
                        + "restorable up to 60 days after deletion");
        rule(
                seeds.empolis(),
                "Customer data in the software instance",
                "P30D",
                END_OF_CONTRACT,
                null,
                null,
                gtc + " §17: archived for 30 days after termination, then deleted even without a download");

        rule(
                seeds.ubimax(),
                "Licensee data filed in the software",
                "P0D",
                END_OF_CONTRACT,
                null,
                null,
                "Ubimax GTC §7(3) and Annex DPA section 11: deleted on the day the contract ends");
        breaches.saveDuty(new BreachDuty(
                seeds.ubimax().id(),
                null,
                "immediately",
                null,
                null,
                Set.of(),
                true,
                AuthorityNotification.ONLY_ON_INSTRUCTION,
                "Annex DPA section 5(4) (inform immediately; support with Art. 33/34 at the licensee's request); "
                        + "section 6(3) (reporting obligations lie with the licensee)",
                // 5(4): "... and the requirements of Articles 33, 34 GDPR are met".
                -1,
                true));

        retention.saveRule(new RetentionRule(
                null,
                0,
                seeds.logMeIn().id(),
                "Personal data of webinar participants",
                null,
                COLLECTION,
                null,
                "Stored for the respective legal retention period and then deleted routinely, unless still required "
                        + "to achieve the purpose; checked after 3 years at the latest whether the data is still "
                        + "needed",
                null,
                null,
                false,
                null,
                "WIBU privacy policy, \"Duration of Data Retention\""));
    }

    private void rule(
            Agreement agreement,
            String category,
            String period,
            RetentionTrigger trigger,
            String customEvent,
            String backupPeriod,
            String source) {
        retention.saveRule(new RetentionRule(
                null,
                0,
                agreement.id(),
                category,
                Period.parse(period),
                trigger,
                customEvent,
                null,
                null,
                backupPeriod == null ? null : Period.parse(backupPeriod),
                false,
                null,
                source));
    }
}
