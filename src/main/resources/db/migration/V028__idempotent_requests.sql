-- POST requests to the REST API that carried an Idempotency-Key: the first one runs, a repeat with the same key
-- and the same request gets the stored answer instead of running again. A row without a status is still
-- running. Rows are kept for a day.
create table idempotent_request (
    username       varchar(100)             not null,
    idempotency_key varchar(255)            not null,
    request_hash   varchar(64)              not null,
    created_at     timestamp with time zone not null,
    status         integer,
    location       varchar(1000),
    content_type   varchar(200),
    response_body  varchar(1000000),
    constraint idempotent_request_pk primary key (username, idempotency_key)
);

create index idempotent_request_created_ix on idempotent_request (created_at);
