package itc.renewal.notification.certificate.web;

import itc.renewal.notification.certificate.api.Verification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule C5: what the public page says, in Japanese then English, with the holder's name escaped. */
class VerificationPageTest {

    @Test
    void c5_aGenuineCertificateShowsTheHolderNumberExpiryAndWhetherValidToday() {
        String page = VerificationController.html(new Verification(true, "見本 <太郎>", "0000002001C",
                LocalDate.of(2028, 5, 31), 2027, true));

        assertThat(page).contains("本物です", "genuine", "見本 &lt;太郎&gt;", "0000002001C", "2028年05月31日",
                "有効（資格を保有しています）").doesNotContain("<太郎>");
    }

    @Test
    void c5_anExpiredCertificateSaysSoAndAForgedOneShowsNothingOfAnyone() {
        assertThat(VerificationController.html(new Verification(true, "見本 太郎", "0000002001C",
                LocalDate.of(2028, 5, 31), 2027, false))).contains("有効期限切れ / expired");
        assertThat(VerificationController.html(Verification.NOT_GENUINE)).contains("確認できませんでした",
                "could not be verified").doesNotContain("認定番号");
    }
}
