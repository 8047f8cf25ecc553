package org.dpatracker.processor;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.dpatracker.db.Tables.SUBPROCESSOR;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Every agreement each organisation appears in: as controller, processor or current sub-processor. */
@Component
class OrganisationUsesQuery {

    private final DSLContext dsl;

    OrganisationUsesQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<OrganisationUse> all() {
        List<OrganisationUse> uses = new ArrayList<>();
        dsl.select(AGREEMENT.CONTROLLER_ID, AGREEMENT.PROCESSOR_ID, AGREEMENT.ID, ORGANISATION.NAME)
                .from(AGREEMENT)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(AGREEMENT.PROCESSOR_ID))
                .forEach(row -> {
                    uses.add(new OrganisationUse(
                            row.value1(), row.value3(), row.value4(), OrganisationUse.Role.CONTROLLER));
                    uses.add(new OrganisationUse(
                            row.value2(), row.value3(), row.value4(), OrganisationUse.Role.PROCESSOR));
                });
        dsl.select(SUBPROCESSOR.ORGANISATION_ID, SUBPROCESSOR.AGREEMENT_ID, ORGANISATION.NAME)
                .from(SUBPROCESSOR)
                .join(AGREEMENT)
                .on(AGREEMENT.ID.eq(SUBPROCESSOR.AGREEMENT_ID))
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(AGREEMENT.PROCESSOR_ID))
                .where(SUBPROCESSOR.REMOVED_ON.isNull())
                .forEach(row -> uses.add(new OrganisationUse(
                        row.value1(), row.value2(), row.value3(), OrganisationUse.Role.SUBPROCESSOR)));
        return uses;
    }
}
