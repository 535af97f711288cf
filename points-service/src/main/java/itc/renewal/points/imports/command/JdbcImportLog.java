package itc.renewal.points.imports.command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Table {@code points_import_log}: one row per accepted import file, for audit and to answer a re-import at once. */
@Repository
class JdbcImportLog {

    private final JdbcTemplate jdbc;

    JdbcImportLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of rows of an earlier accepted file with this SHA-256, if any. */
    Optional<Integer> rowsOfEarlierImport(String fileSha256) {
        return jdbc.queryForList("select row_count from points_import_log where file_sha256 = ? limit 1",
                Integer.class, fileSha256).stream().findFirst();
    }

    void record(UUID importId, String fileSha256, String operator, int rows, ImportOutcome outcome, Instant at) {
        jdbc.update("""
                        insert into points_import_log (import_id, file_sha256, operator_id, row_count, imported, skipped,
                                                       created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""",
                importId, fileSha256, operator, rows, outcome.imported(), outcome.skipped(), Timestamp.from(at));
    }
}
