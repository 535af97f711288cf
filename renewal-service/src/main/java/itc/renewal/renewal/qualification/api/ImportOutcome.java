package itc.renewal.renewal.qualification.api;

import java.util.UUID;

/**
 * What an accepted import did.
 *
 * @param rows               data rows of the file
 * @param imported           holders added to the registry
 * @param updated            known holders whose name, kana or e-mail changed
 * @param unchanged          known holders the file describes as registered already
 * @param fileImportedBefore whether a file with the same content (SHA-256) was imported before
 */
public record ImportOutcome(UUID importId, int rows, int imported, int updated, int unchanged,
                            boolean fileImportedBefore) {
}
