package org.dpatracker.dashboard;

import java.util.Set;
import org.dpatracker.redflag.RedFlagType;

/**
 * How much an open red flag weighs in the compliance score. Flags about a missing signature, missing
 * Art. 28(3) points or measures and an overdue review weigh nothing here: the score counts those in
 * their own parts, and a flag must not count twice.
 */
public enum FlagSeverity {
    /** Unlawful as it stands: a transfer without a valid basis (Art. 44–46 GDPR), use for own purposes. */
    HIGH,
    /** A gap the supervisory authority would ask about. */
    MEDIUM,
    /** To be verified or brought up to date. */
    LOW,
    /** Counted elsewhere in the score. */
    NONE;

    private static final Set<RedFlagType> HIGH_TYPES = Set.of(
            RedFlagType.INVALIDATED_FRAMEWORK,
            RedFlagType.US_WITHOUT_DPF,
            RedFlagType.NO_TRANSFER_MECHANISM,
            RedFlagType.JOINT_CONTROL_WITHOUT_ARRANGEMENT,
            RedFlagType.OWN_PURPOSES,
            RedFlagType.EXPIRED_CERTIFICATION);

    private static final Set<RedFlagType> LOW_TYPES = Set.of(
            RedFlagType.CERTIFICATION_UNVERIFIED,
            RedFlagType.CERTIFICATION_SUPERSEDED,
            RedFlagType.ADEQUACY_SCOPE_UNCONFIRMED,
            RedFlagType.LOCATION_MISSING);

    private static final Set<RedFlagType> COUNTED_ELSEWHERE = Set.of(
            RedFlagType.NO_SIGNED_AGREEMENT,
            RedFlagType.CONTRACT_POINT_MISSING,
            RedFlagType.CONTRACT_POINT_PARTIAL,
            RedFlagType.MEASURES_MISSING,
            RedFlagType.REVIEW_OVERDUE);

    public static FlagSeverity of(RedFlagType type) {
        if (COUNTED_ELSEWHERE.contains(type)) {
            return NONE;
        }
        if (HIGH_TYPES.contains(type)) {
            return HIGH;
        }
        return LOW_TYPES.contains(type) ? LOW : MEDIUM;
    }
}
