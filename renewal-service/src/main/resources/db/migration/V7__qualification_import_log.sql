-- Operator imports of the qualification registry (POST /api/operator/qualifications/imports, rule Q1): one
-- row per accepted file, for audit. A refused file imports nothing and leaves no row. imported_at is business
-- time (D2). Re-importing a file is harmless row by row; file_sha256 only tells the operator it was seen.
create table qualification_import_log (
    import_id   uuid        not null primary key,
    file_sha256 char(64)    not null,
    operator_id varchar(64) not null,
    row_count   integer     not null,
    imported    integer     not null,
    updated     integer     not null,
    unchanged   integer     not null,
    imported_at timestamptz not null
);

create index qualification_import_log_sha256 on qualification_import_log (file_sha256);
