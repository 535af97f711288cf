package itc.renewal.report.submission.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a saved draft holds, answered to the member at once (the read model follows within moments). */
public record DraftSaved(String questionnaireVersion, Map<String, List<String>> answers, Instant savedAt) {
}
