-- Failed logins per user name, shared by every node on the database: a name locked on one node is
-- locked on all. A row exists from the first failure until the next successful login.
create table login_failure (
    username_key varchar(255) not null primary key,
    failures     integer      not null,
    locked_until timestamp with time zone
);
