package org.dpatracker.notice;

/**
 * A subprocessor change notice was decided: accepted or objected to by someone, or deemed accepted when the
 * objection period ended in silence. Published inside the deciding transaction.
 */
public record NoticeDecided(long noticeId, long agreementId, NoticeStatus outcome) {}
