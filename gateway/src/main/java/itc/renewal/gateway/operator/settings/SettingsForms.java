package itc.renewal.gateway.operator.settings;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.platform.clock.FiscalYear;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings forms as the operator fills them in (Japan time, yen with or without commas, blank for "none") and
 * the API requests they become. A value the form can not read is refused here with the field it is about; the
 * rules on readable values are renewal-service's and points-service's.
 */
final class SettingsForms {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** The form's values and the request they make, or the fields the form could not read. */
    record Parsed(Map<String, Object> request, Map<String, String> errors) {
    }

    private SettingsForms() {
    }

    /** The stored settings as the form shows them: dates in Japan time to the minute. */
    static Map<String, String> values(JsonNode settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("opensAt", local(settings.path("opensAt").asText()));
        values.put("closesAt", local(settings.path("closesAt").asText()));
        values.put("feeAmount", settings.path("feeAmount").decimalValue().stripTrailingZeros().toPlainString());
        values.put("termsVersion", settings.path("termsVersion").asText(""));
        values.put("termsText", settings.path("termsText").asText(""));
        return values;
    }

    static Parsed renewal(Map<String, String> form) {
        Map<String, Object> request = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        request.put("opensAt", japanTime(form.get("opensAt"), "opensAt", errors));
        request.put("closesAt", japanTime(form.get("closesAt"), "closesAt", errors));
        request.put("feeAmount", amount(form.get("feeAmount"), "feeAmount", true, errors,
                "更新料は円単位の数字で入力してください（例: 22000 または 22,000）。"));
        request.put("termsVersion", text(form.get("termsVersion")));
        request.put("termsText", text(form.get("termsText")));
        return new Parsed(request, errors);
    }

    static Parsed category(Map<String, String> form) {
        Map<String, Object> request = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        if (text(form.get("code")) == null) {
            errors.put("code", "カテゴリコードを入力してください（例: TEACHING_PUBLISHING）。");
        }
        request.put("nameJa", text(form.get("nameJa")));
        request.put("unit", text(form.get("unit")));
        request.put("hoursPerPoint", amount(form.get("hoursPerPoint"), "hoursPerPoint", false, errors,
                "1ポイントあたりの時間数は数字で入力してください（例: 1.5）。ポイントで登録するカテゴリは空欄にします。"));
        request.put("capPerFiscalYear", amount(form.get("capPerFiscalYear"), "capPerFiscalYear", false, errors,
                "年度上限は数字で入力してください（例: 10 または 2.5）。上限がなければ空欄にします。"));
        request.put("memberRegistrable", form.containsKey("memberRegistrable"));
        return new Parsed(request, errors);
    }

    private static String local(String offsetDateTime) {
        if (offsetDateTime == null || offsetDateTime.isBlank()) {
            return "";
        }
        return OffsetDateTime.parse(offsetDateTime).atZoneSameInstant(FiscalYear.JAPAN).toLocalDateTime().format(LOCAL);
    }

    /** A datetime-local value ({@code 2027-04-01T00:00}, seconds allowed) read in Japan time. */
    private static OffsetDateTime japanTime(String value, String field, Map<String, String> errors) {
        String text = text(value);
        if (text == null) {
            return null; // the service names the missing value
        }
        try {
            return LocalDateTime.parse(text).atZone(FiscalYear.JAPAN).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.put(field, "日時は 2027-04-01T00:00 の形で、日本時間で入力してください（入力値: " + text + "）。");
            return null;
        }
    }

    private static BigDecimal amount(String value, String field, boolean commas, Map<String, String> errors,
                                     String message) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        String digits = commas ? text.replace(",", "").replace("，", "") : text;
        try {
            return new BigDecimal(digits.replace("円", "").strip());
        } catch (NumberFormatException e) {
            errors.put(field, message);
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
