package itc.renewal.gateway.operator.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsFormsTest {

    @Test
    void q4_q5_theWindowIsReadInJapanTimeAndTheFeeWithOrWithoutCommas() {
        SettingsForms.Parsed parsed = SettingsForms.renewal(Map.of("opensAt", "2027-04-01T00:00",
                "closesAt", "2027-06-01T00:00", "feeAmount", "22,000", "termsVersion", " 2027.1 ", "termsText", "規約"));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.request()).containsEntry("opensAt", OffsetDateTime.parse("2027-04-01T00:00+09:00"))
                .containsEntry("closesAt", OffsetDateTime.parse("2027-06-01T00:00+09:00"))
                .containsEntry("feeAmount", new BigDecimal("22000")).containsEntry("termsVersion", "2027.1");
    }

    @Test
    void whatTheFormCanNotReadIsRefusedBesideItsFieldAndABlankIsLeftToTheService() {
        SettingsForms.Parsed parsed = SettingsForms.renewal(Map.of("opensAt", "4月1日", "feeAmount", "二万円"));
        assertThat(parsed.errors()).containsOnlyKeys("opensAt", "feeAmount");
        assertThat(parsed.errors().get("feeAmount")).contains("円単位の数字");
        assertThat(parsed.request().get("closesAt")).isNull();
    }

    @Test
    void p2_aCategoryWithoutCapOrHoursSendsNullsAndTheCheckboxAsABoolean() {
        SettingsForms.Parsed parsed = SettingsForms.category(Map.of("code", "SELF_STUDY", "nameJa", "自己研鑽",
                "unit", "POINTS", "hoursPerPoint", "", "capPerFiscalYear", " "));
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.request()).containsEntry("memberRegistrable", false).containsEntry("hoursPerPoint", null)
                .containsEntry("capPerFiscalYear", null);
        assertThat(SettingsForms.category(Map.of("unit", "HOURS", "hoursPerPoint", "1,5", "memberRegistrable", "on"))
                .errors()).containsOnlyKeys("code", "hoursPerPoint");
    }

    @Test
    void q4_q5_storedSettingsAreShownInJapanTimeToTheMinute() throws Exception {
        Map<String, String> values = SettingsForms.values(new ObjectMapper().readTree("""
                {"opensAt":"2027-03-31T15:00:00Z","closesAt":"2027-06-01T00:00:00+09:00","feeAmount":22000.00,
                 "termsVersion":"2027.1","termsText":"規約"}"""));
        assertThat(values).containsEntry("opensAt", "2027-04-01T00:00").containsEntry("closesAt", "2027-06-01T00:00")
                .containsEntry("feeAmount", "22000");
    }
}
