package itc.renewal.renewal.qualification.command;

import itc.renewal.renewal.qualification.api.ImportOutcome;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/** Table {@code qualification_import_log}: one row per accepted import file, for audit. */
@Repository
class ImportLog {

    /** First key of the advisory lock that lets one registry import run at a time. */
    private static final int LOCK_CLASS = 0x51494D50;

    private final JdbcTemplate jdbc;

    ImportLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Waits for any other import to finish, until the end of the current transaction: what a file is checked
     * against must not change before it is written.
     */
    void lock() {
        jdbc.query("select pg_advisory_xact_lock(?, 0)", rs -> { }, LOCK_CLASS);
    }

    boolean contains(String fileSha256) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from qualification_import_log where file_sha256 = ?)", Boolean.class,
                fileSha256));
    }

    void record(String fileSha256, String operator, ImportOutcome outcome, Instant businessTime) {
        jdbc.update("""
                        insert into qualification_import_log (import_id, file_sha256, operator_id, row_count, imported,
                                                              updated, unchanged, imported_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""",
                outcome.importId(), fileSha256, operator, outcome.rows(), outcome.imported(), outcome.updated(),
                outcome.unchanged(), Timestamp.from(businessTime));
    }
}
