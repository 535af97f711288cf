package itc.renewal.gateway.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormErrorsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void listedErrorsGoNextToTheirFields() throws Exception {
        ServiceBackend.Answer refused = new ServiceBackend.Answer(400, json.readTree("""
                {"code":"payment.billing-profile-invalid","detail":"入力内容に誤りが 2 件あります",
                 "errors":[{"field":"addressee","message":"請求書宛名を入力してください"},
                           {"field":"senderName","message":"送金者名をカタカナで入力してください"}]}"""));

        assertThat(FormErrors.of(refused, code -> null)).containsEntry("addressee", "請求書宛名を入力してください")
                .containsEntry("senderName", "送金者名をカタカナで入力してください").doesNotContainKey(FormErrors.GLOBAL);
    }

    @Test
    void aRuleAboutOneFieldGoesNextToItAndAnyOtherAtTheTop() throws Exception {
        ServiceBackend.Answer future = new ServiceBackend.Answer(400, json.readTree("""
                {"code":"points.activity-date-in-future","detail":"活動日に未来の日付は指定できません"}"""));
        ServiceBackend.Answer locked = new ServiceBackend.Answer(409, json.readTree("""
                {"code":"points.fiscal-year-locked","detail":"2026年度のポイントは登録・変更できません"}"""));

        assertThat(FormErrors.of(future, code -> code.startsWith("points.activity-date") ? "activityDate" : null))
                .containsExactlyEntriesOf(java.util.Map.of("activityDate", "活動日に未来の日付は指定できません"));
        assertThat(FormErrors.of(locked, code -> code.startsWith("points.activity-date") ? "activityDate" : null))
                .containsExactlyEntriesOf(java.util.Map.of(FormErrors.GLOBAL, "2026年度のポイントは登録・変更できません"));
    }
}
