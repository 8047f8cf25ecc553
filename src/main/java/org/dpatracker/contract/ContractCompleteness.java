package org.dpatracker.contract;

import java.util.Collection;

/** How complete the contract is against Art. 28(3): points present, partly present, missing and not yet checked. */
public record ContractCompleteness(int present, int partial, int missing, int open, int total) {

    public static ContractCompleteness of(Collection<ContractCheck> checks) {
        int present = 0;
        int partial = 0;
        int missing = 0;
        int open = 0;
        for (ContractCheck check : checks) {
            switch (check.status()) {
                case PRESENT -> present++;
                case PARTIAL -> partial++;
                case MISSING -> missing++;
                case OPEN -> open++;
            }
        }
        return new ContractCompleteness(present, partial, missing, open, checks.size());
    }

    /** Whole percent of the points the contract fully covers. */
    public int percent() {
        return total == 0 ? 0 : present * 100 / total;
    }
}
