package itc.renewal.gateway.member.points;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.gateway.web.ServiceBackend;
import itc.renewal.platform.identity.Identity;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The points forms' shared rules: the JSON an entry form becomes, and where a refusal shows (P1, P3). */
final class PointsForms {

    static final String POINTS = "points-service";
    private static final Pattern ENTRY_ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,4}(\\.\\d{1,2})?");

    private PointsForms() {
    }

    /** The unit (POINTS or HOURS) of the chosen category in the catalogue of the year shown. */
    static String unitOf(ServiceBackend backend, Identity member, Map<String, String> form) {
        Integer year = year(form.get("fiscalYear"));
        JsonNode categories = backend.get(member, POINTS, "/api/points/categories"
                + (year == null ? "" : "?fiscalYear=" + year)).body().path("categories");
        for (JsonNode category : categories) {
            if (category.path("code").asText().equals(form.get("category"))) {
                return category.path("unit").asText("POINTS");
            }
        }
        return "POINTS";
    }

    /** A number is typed in half-width digits with at most one decimal point; anything else is refused here. */
    static Map<String, String> amountProblem(Map<String, String> form) {
        String amount = blankToNull(form.get("amount"));
        if (amount != null && !AMOUNT.matcher(amount.strip()).matches()) {
            return Map.of("amount", "半角数字で入力してください（例: 2 や 2.5）。");
        }
        return Map.of();
    }

    /** The JSON body of a registration or correction: points or hours by the category's unit (P1). */
    static Map<String, Object> entry(Map<String, String> form, String unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("activityDate", blankToNull(form.get("activityDate")));
        body.put("category", blankToNull(form.get("category")));
        body.put("title", blankToNull(form.get("title")));
        String amount = blankToNull(form.get("amount"));
        body.put("HOURS".equals(unit) ? "hours" : "points", amount == null ? null : new BigDecimal(amount.strip()));
        body.put("note", blankToNull(form.get("note")));
        return body;
    }

    /** The form field a points rule is about, from its problem code. */
    static String fieldOf(String code) {
        if (code.startsWith("points.activity-date")) {
            return "activityDate";
        }
        if (code.startsWith("points.category")) {
            return "category";
        }
        if (code.startsWith("points.title")) {
            return "title";
        }
        if (code.startsWith("points.note")) {
            return "note";
        }
        if (code.startsWith("points.points") || code.startsWith("points.hours")) {
            return "amount";
        }
        if (code.startsWith("points.reason")) {
            return "reason";
        }
        return null;
    }

    static void requireEntryId(String entryId) {
        if (!ENTRY_ID.matcher(entryId).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    static Integer year(String value) {
        return value != null && value.matches("\\d{4}") ? Integer.valueOf(value) : null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
