package itc.renewal.points.imports.command;

import java.util.UUID;

/**
 * What an import did.
 *
 * @param imported rows registered now
 * @param skipped  rows registered by an earlier import of the same rows
 */
public record ImportOutcome(int imported, int skipped, UUID importId) {
}
