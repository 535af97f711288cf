-- Operator imports of association-registered points (POST /api/points/operator/imports): one row
-- per accepted file, for audit. A file whose SHA-256 is already here is answered at once with
-- every row skipped; the entries themselves are idempotent through their row-derived entry ids.
create table points_import_log (
    import_id   uuid        not null,
    file_sha256 char(64)    not null,
    operator_id varchar(64) not null,
    row_count   integer     not null,
    imported    integer     not null,
    skipped     integer     not null,
    created_at  timestamptz not null,
    primary key (import_id)
);
create index points_import_log_sha256 on points_import_log (file_sha256);
