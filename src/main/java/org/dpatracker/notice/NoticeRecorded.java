package org.dpatracker.notice;

/** A subprocessor change notice was recorded; published inside the recording transaction. */
public record NoticeRecorded(long noticeId, long agreementId) {}
