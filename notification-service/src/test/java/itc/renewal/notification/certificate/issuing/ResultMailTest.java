package itc.renewal.notification.certificate.issuing;

import itc.renewal.notification.certificate.api.CompletedRenewal;
import itc.renewal.notification.mail.api.OutgoingMail;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class ResultMailTest {

    @Test
    void c4_resultMailNamesHolderNumberNewExpiryAndDownloadPlace() {
        CompletedRenewal renewal = new CompletedRenewal("2027-M0000001", "M0000001", 2027,
                LocalDate.of(2028, 5, 31), "見本 太郎", "ミホン タロウ", "taro.mihon@example.jp", "0000002001C",
                YearMonth.of(2016, 3));

        OutgoingMail mail = ResultMail.of(renewal, URI.create("http://127.0.0.1:8080"));

        assertThat(mail.bodyEnglish()).as("the English alternative").contains("renewed for fiscal year",
                "Certification number", "IT Coordinators Association of Japan");

        assertThat(mail.to()).isEqualTo("taro.mihon@example.jp");
        assertThat(mail.subject()).isEqualTo("【ITコーディネータ協会】2027年度 資格更新完了のお知らせ（更新結果通知メール）");
        assertThat(mail.body()).startsWith("見本 太郎 様")
                .contains("0000002001C", "2028年05月31日", "ITC+メンバーページ", "2027年度 更新結果通知書",
                        "http://127.0.0.1:8080");
    }
}
