package org.dpatracker.dashboard;

import java.util.List;
import java.util.Map;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.redflag.RedFlagType;

/**
 * What the start page shows of the register: the overall score ({@code null} without agreements in force) over
 * {@code inForce} agreements, the worst agreements, the agreements by status and by red flag, and the trend.
 */
public record Overview(
        Integer score,
        int inForce,
        List<ScoredAgreement> worst,
        Map<AgreementStatus, Integer> byStatus,
        Map<RedFlagType, Integer> byFlag,
        List<Snapshot> trend) {}
