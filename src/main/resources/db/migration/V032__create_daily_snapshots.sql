-- One row a day with the start page's headline figures, written by the daily snapshot job: the trend chart
-- reads the last 90 rows instead of recomputing the past, which the register no longer knows.
create table dashboard_snapshot (
    snapshot_day    date    not null primary key,
    score           integer,
    agreements      integer not null,
    not_signed      integer not null,
    flagged         integer not null,
    red_flags       integer not null,
    overdue         integer not null,
    taken_at        timestamp with time zone not null
);
