package org.dpatracker.dashboard;

import java.util.Comparator;
import java.util.Map;

/**
 * The compliance score of one agreement: 100 less a penalty for each part that falls short, never below 0.
 * The weights (of 100) are:
 *
 * <ul>
 *   <li>{@value #UNSIGNED}: the agreement is not signed (Art. 28(9) GDPR: in writing);
 *   <li>{@value #CONTRACT}: the share of the Art. 28(3) points not present in the contract, a partly present point
 *       counting half;
 *   <li>{@value #MEASURES}: the share of the applicable technical and organisational measures (Art. 32) not
 *       implemented, a partly implemented one counting half; all of it when no measure is recorded;
 *   <li>{@value #FLAGS_CAP} at most for open red flags: {@value #HIGH_FLAG} each of high severity,
 *       {@value #MEDIUM_FLAG} medium, {@value #LOW_FLAG} low ({@link FlagSeverity});
 *   <li>{@value #OVERDUE_CAP} at most for overdue deadlines, {@value #OVERDUE_EACH} each;
 *   <li>{@value #STALE_REVIEW}: no review planned, or the planned review is overdue (Art. 28(1), 32(1)(d)).
 * </ul>
 *
 * Integer arithmetic throughout, so that the database ranks agreements by exactly this number.
 */
public final class ComplianceScore {

    public static final int UNSIGNED = 25;
    public static final int CONTRACT = 20;
    public static final int MEASURES = 15;
    public static final int HIGH_FLAG = 10;
    public static final int MEDIUM_FLAG = 5;
    public static final int LOW_FLAG = 2;
    public static final int FLAGS_CAP = 20;
    public static final int OVERDUE_EACH = 5;
    public static final int OVERDUE_CAP = 10;
    public static final int STALE_REVIEW = 10;

    /** What the score is computed from. {@code contractPoints} is how many points Art. 28(3) asks for. */
    public record Facts(
            boolean signed,
            int contractPoints,
            int contractPresent,
            int contractPartial,
            int measuresApplicable,
            int measuresImplemented,
            int measuresPartly,
            int highFlags,
            int mediumFlags,
            int lowFlags,
            int overdue,
            boolean reviewStale) {}

    /** The part of the score that, fixed, gains the most: what to do next. */
    public enum Step {
        SIGN,
        CONTRACT,
        MEASURES,
        RED_FLAGS,
        DEADLINES,
        REVIEW,
        NONE
    }

    private ComplianceScore() {}

    public static int of(Facts facts) {
        return Math.max(
                0,
                100
                        - penalties(facts).values().stream()
                                .mapToInt(Integer::intValue)
                                .sum());
    }

    public static Step nextStep(Facts facts) {
        return penalties(facts).entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .max(Comparator.comparing(Map.Entry<Step, Integer>::getValue)
                        .thenComparing(entry -> -entry.getKey().ordinal()))
                .map(Map.Entry::getKey)
                .orElse(Step.NONE);
    }

    static Map<Step, Integer> penalties(Facts f) {
        return Map.of(
                Step.SIGN,
                f.signed() ? 0 : UNSIGNED,
                Step.CONTRACT,
                share(CONTRACT, f.contractPoints(), f.contractPresent(), f.contractPartial()),
                Step.MEASURES,
                f.measuresApplicable() == 0
                        ? MEASURES
                        : share(MEASURES, f.measuresApplicable(), f.measuresImplemented(), f.measuresPartly()),
                Step.RED_FLAGS,
                Math.min(
                        FLAGS_CAP, HIGH_FLAG * f.highFlags() + MEDIUM_FLAG * f.mediumFlags() + LOW_FLAG * f.lowFlags()),
                Step.DEADLINES,
                Math.min(OVERDUE_CAP, OVERDUE_EACH * f.overdue()),
                Step.REVIEW,
                f.reviewStale() ? STALE_REVIEW : 0);
    }

    /** {@code weight} times the share of {@code total} not done, {@code partly} done counting half, rounded down. */
    static int share(int weight, int total, int done, int partly) {
        return total == 0 ? 0 : weight * (2 * total - 2 * done - partly) / (2 * total);
    }
}
