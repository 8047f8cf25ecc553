package org.dpatracker.benchmark;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.dpatracker.db.Tables.PROCESSING_LOCATION;
import static org.dpatracker.db.Tables.SUBPROCESSOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.transfer.TransferMechanism;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * Fills the register with a large, varied data set: organisations, agreements, subprocessor links
 * (a fifth of them engaged by another subprocessor) and processing locations, some in third
 * countries without a mechanism or on Privacy Shield, so that filters and red flags have work.
 */
final class ScaleDataGenerator {

    private static final String[] COUNTRIES = {"DE", "FR", "NL", "IE", "US", "GB", "IN", "JP", "CH", "PL", "EU"};
    private static final TransferMechanism[] MECHANISMS = {
        TransferMechanism.SCC_2021,
        TransferMechanism.DATA_PRIVACY_FRAMEWORK,
        TransferMechanism.NONE,
        TransferMechanism.PRIVACY_SHIELD,
        TransferMechanism.ADEQUACY
    };
    private static final int BATCH = 1000;

    private final DSLContext dsl;
    private final Random random = new Random(42);

    /** Calls and vendors so far: a register grown in steps gets unique names. */
    private int calls;

    private int vendorsSoFar;

    ScaleDataGenerator(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Adds {@code agreements} agreements with {@code linksPerAgreement} subprocessors each; returns the first agreement
     * id.
     */
    long generate(int agreements, int linksPerAgreement, int vendors) {
        long controller = insertOrganisation("Scale Controller " + ++calls + " GmbH", "DE", true);
        List<Query> batch = new ArrayList<>();
        for (int v = vendorsSoFar; v < vendorsSoFar + vendors; v++) {
            String country = COUNTRIES[random.nextInt(COUNTRIES.length - 1)];
            batch.add(dsl.insertInto(
                            ORGANISATION,
                            ORGANISATION.NAME,
                            ORGANISATION.COUNTRY,
                            ORGANISATION.CITY,
                            ORGANISATION.OWN_COMPANY,
                            ORGANISATION.VERSION)
                    .values("Vendor " + v + " " + word(), country, word(), false, 0));
            flush(batch, false);
        }
        flush(batch, true);
        long firstVendor = dsl.select(ORGANISATION.ID)
                .from(ORGANISATION)
                .where(ORGANISATION.NAME.like("Vendor " + vendorsSoFar + " %"))
                .fetchSingle(ORGANISATION.ID);
        vendorsSoFar += vendors;

        for (int a = 0; a < agreements; a++) {
            batch.add(dsl.insertInto(
                            AGREEMENT,
                            AGREEMENT.CONTROLLER_ID,
                            AGREEMENT.PROCESSOR_ID,
                            AGREEMENT.SUBJECT_MATTER,
                            AGREEMENT.STATUS,
                            AGREEMENT.OWN_PURPOSE_USE,
                            AGREEMENT.VERSION,
                            AGREEMENT.RED_FLAG_COUNT)
                    .values(
                            controller,
                            firstVendor + random.nextInt(vendors),
                            "Service " + a + " " + word() + " " + word(),
                            a % 7 == 0 ? AgreementStatus.DRAFT : AgreementStatus.SIGNED,
                            a % 50 == 0,
                            0,
                            0));
            flush(batch, false);
        }
        flush(batch, true);
        long firstAgreement = dsl.select(org.jooq.impl.DSL.min(AGREEMENT.ID))
                .from(AGREEMENT)
                .where(AGREEMENT.CONTROLLER_ID.eq(controller))
                .fetchSingle()
                .value1();

        for (int a = 0; a < agreements; a++) {
            long agreement = firstAgreement + a;
            batch.add(location(agreement, null));
            flush(batch, false);
        }
        flush(batch, true);
        for (int a = 0; a < agreements; a++) {
            long agreement = firstAgreement + a;
            for (int l = 0; l < linksPerAgreement; l++) {
                batch.add(dsl.insertInto(
                                SUBPROCESSOR,
                                SUBPROCESSOR.AGREEMENT_ID,
                                SUBPROCESSOR.ORGANISATION_ID,
                                SUBPROCESSOR.SERVICE,
                                SUBPROCESSOR.APPROVAL,
                                SUBPROCESSOR.AFFILIATE,
                                SUBPROCESSOR.VERSION)
                        .values(
                                agreement,
                                firstVendor + random.nextInt(vendors),
                                "Hosting " + word(),
                                ApprovalState.AUTHORISED,
                                false,
                                0));
                flush(batch, false);
            }
        }
        flush(batch, true);
        var subprocessors = dsl.select(SUBPROCESSOR.ID, SUBPROCESSOR.AGREEMENT_ID)
                .from(SUBPROCESSOR)
                .where(SUBPROCESSOR.AGREEMENT_ID.ge(firstAgreement))
                .orderBy(SUBPROCESSOR.ID)
                .fetch();
        long previous = -1;
        long previousAgreement = -1;
        for (var sub : subprocessors) {
            batch.add(location(sub.value2(), sub.value1()));
            if (previousAgreement == sub.value2() && random.nextInt(5) == 0) {
                batch.add(dsl.update(SUBPROCESSOR)
                        .set(SUBPROCESSOR.PARENT_ID, previous)
                        .where(SUBPROCESSOR.ID.eq(sub.value1())));
            }
            previous = sub.value1();
            previousAgreement = sub.value2();
            flush(batch, false);
        }
        flush(batch, true);
        return firstAgreement;
    }

    private Query location(long agreement, Long subprocessor) {
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        boolean eea = List.of("DE", "FR", "NL", "IE", "PL", "EU").contains(country);
        TransferMechanism mechanism = eea ? null : MECHANISMS[random.nextInt(MECHANISMS.length)];
        return dsl.insertInto(
                        PROCESSING_LOCATION,
                        PROCESSING_LOCATION.AGREEMENT_ID,
                        PROCESSING_LOCATION.SUBPROCESSOR_ID,
                        PROCESSING_LOCATION.COUNTRY,
                        PROCESSING_LOCATION.MECHANISM,
                        PROCESSING_LOCATION.SCC_MODULE)
                .values(
                        agreement,
                        subprocessor,
                        country,
                        mechanism,
                        mechanism == TransferMechanism.SCC_2021 ? 3 : null);
    }

    private long insertOrganisation(String name, String country, boolean own) {
        return dsl.insertInto(
                        ORGANISATION,
                        ORGANISATION.NAME,
                        ORGANISATION.COUNTRY,
                        ORGANISATION.OWN_COMPANY,
                        ORGANISATION.VERSION)
                .values(name, country, own, 0)
                .returningResult(ORGANISATION.ID)
                .fetchSingle(ORGANISATION.ID);
    }

    private void flush(List<Query> batch, boolean force) {
        if (!batch.isEmpty() && (force || batch.size() >= BATCH)) {
            dsl.batch(batch).execute();
            batch.clear();
        }
    }

    private String word() {
        String[] words = {
            "Cloud", "Data", "Secure", "Nordic", "Alpine", "Rhein", "Atlas", "Pixel", "Orbit", "Delta", "Acme", "Blue",
            "Green", "Iron", "Swift"
        };
        return words[random.nextInt(words.length)];
    }
}
