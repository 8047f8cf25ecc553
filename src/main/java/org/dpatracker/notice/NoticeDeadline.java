package org.dpatracker.notice;

import java.time.LocalDate;

/** An open notice's objection deadline: which agreement, who is proposed, by when (null without a period). */
public record NoticeDeadline(long noticeId, long agreementId, String proposedName, LocalDate deadline) {}
