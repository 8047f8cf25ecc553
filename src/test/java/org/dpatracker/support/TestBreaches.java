package org.dpatracker.support;

import java.time.Instant;
import java.util.List;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.Risk;

/** Test data: a payroll export sent to the wrong recipient, not yet notified to the authority. */
public final class TestBreaches {

    private TestBreaches() {}

    public static Breach payrollExport(
            long agreementId, Instant detected, Instant processorNotified, Instant aware, Risk risk) {
        return new Breach(
                null,
                0,
                agreementId,
                null,
                "Payroll",
                "Payroll export sent to a wrong recipient",
                detected,
                processorNotified,
                aware,
                "Employees",
                "about 40",
                "Salary data",
                "40",
                "Disclosure of salaries",
                "Recipient asked to delete",
                "dpo@demo.example",
                risk,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }
}
