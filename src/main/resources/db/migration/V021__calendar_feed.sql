-- Each user's calendar feed: only the SHA-256 hash of the secret token in the feed's address is kept,
-- so the address can be shown once and never read back. One feed per user; a new token replaces the old.
create table calendar_feed (
    user_id      bigint                   not null primary key,
    token_hash   varchar(64)              not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    constraint calendar_feed_token_uk unique (token_hash),
    constraint calendar_feed_user_fk foreign key (user_id) references app_user (id) on delete cascade
);
