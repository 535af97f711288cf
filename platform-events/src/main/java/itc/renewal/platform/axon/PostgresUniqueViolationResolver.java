package itc.renewal.platform.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Lets Axon recognise PostgreSQL's unique violation (SQLState 23505) when appending events. Axon's
 * default JDBC resolver only knows {@code SQLIntegrityConstraintViolationException}, which pgjdbc
 * never throws; without this a second creation of the same aggregate (two requests racing) would be
 * a generic storage error instead of {@code AggregateStreamCreationException} / a concurrency
 * conflict that the services answer with 409.
 */
class PostgresUniqueViolationResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
