-- Append-only change history. Each entry carries the SHA-256 of its own content and of the
-- entry before it, so that any later edit, insertion or removal breaks the chain.
create table change_history (
    seq           bigint                   not null primary key,
    changed_at    timestamp with time zone not null,
    changed_by    varchar(100)             not null,
    entity        varchar(100)             not null,
    entity_id     varchar(100)             not null,
    operation     varchar(10)              not null,
    before_state  varchar(1000000),
    after_state   varchar(1000000),
    previous_hash varchar(64)              not null,
    hash          varchar(64)              not null
);

create index change_history_entity_ix on change_history (entity, entity_id);

-- One row: the end of the chain. Writers lock it, so entries are appended one after another.
create table change_history_head (
    id        integer     not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);

insert into change_history_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
