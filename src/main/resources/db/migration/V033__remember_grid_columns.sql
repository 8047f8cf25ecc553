-- The column widths each user set by dragging a list's column edge, per list and column, so that the
-- lists open as the user left them.
create table user_grid_column (
    user_id    bigint      not null,
    grid_id    varchar(60) not null,
    column_key varchar(60) not null,
    width      varchar(20) not null,
    constraint user_grid_column_pk primary key (user_id, grid_id, column_key),
    constraint user_grid_column_user_fk foreign key (user_id) references app_user (id) on delete cascade
);
