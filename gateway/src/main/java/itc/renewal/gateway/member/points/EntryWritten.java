package itc.renewal.gateway.member.points;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.Serializable;
import java.util.Objects;

/**
 * A change the member just made to an entry (P3, P5), handed to the list page after the redirect: the points list
 * is a projection a moment behind the ledger, so the page asks again (up to about 2 s) until the list shows the
 * change, rather than telling the member 「登録しました」 above a list without it.
 *
 * @param title the entry's title as written, or null when the entry was withdrawn (then it must be gone)
 */
record EntryWritten(String entryId, String title) implements Serializable {

    static final String ATTRIBUTE = "entryWritten";
    static final int ATTEMPTS = 20;
    private static final long PAUSE_MILLIS = 100;

    static EntryWritten present(String entryId, String title) {
        return new EntryWritten(entryId, title == null ? "" : title.strip());
    }

    static EntryWritten absent(String entryId) {
        return new EntryWritten(entryId, null);
    }

    boolean shownIn(JsonNode list) {
        for (JsonNode entry : list.path("entries")) {
            if (entryId.equals(entry.path("entryId").asText())) {
                return title != null && Objects.equals(title, entry.path("title").asText());
            }
        }
        return title == null;
    }

    static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
