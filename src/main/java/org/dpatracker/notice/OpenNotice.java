package org.dpatracker.notice;

import java.time.LocalDate;
import java.util.List;
import org.dpatracker.redflag.RedFlag;

/**
 * A notice with what a decision needs: its status as of today, the parties' names, the contract's
 * deadline, the days left and the assessment; {@code requestedBy} is the earlier answer date the
 * notice asks for where it states a shorter period than the contract (the notice then does not comply).
 */
public record OpenNotice(
        ChangeNotice notice,
        NoticeStatus status,
        String processorName,
        String controllerName,
        String proposedName,
        LocalDate deadline,
        Long daysLeft,
        List<RedFlag> assessment,
        LocalDate requestedBy) {}
