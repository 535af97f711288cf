package itc.renewal.notification.deadline.notifying;

import itc.renewal.notification.mail.api.OutgoingMail;
import org.junit.jupiter.api.Test;

import static itc.renewal.notification.deadline.notifying.DeadlineTestData.MEMBER_PAGE;
import static itc.renewal.notification.deadline.notifying.DeadlineTestData.lapse;
import static org.assertj.core.api.Assertions.assertThat;

class LapseMailTest {

    /** The lapse mail; only the lines saying why the qualification ended differ between the two cases. */
    private static final String MAIL = """
            見本 太郎 様

            いつもITコーディネータ協会の活動にご協力いただき、ありがとうございます。
            %sこのため、ITコーディネータ資格は資格有効期限をもって失効しました。

            　資格有効期限：2027年5月31日

            資格の再取得については、協会にお問い合わせください。
            　ITC+メンバーページ：http://127.0.0.1:8080

            ※本メールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。

            特定非営利活動法人ITコーディネータ協会
            """;

    @Test
    void c3_lapseMailForAHolderWhoNeverApplied() {
        OutgoingMail mail = LapseMail.of(lapse(false), MEMBER_PAGE);

        assertThat(mail.bodyEnglish()).contains("No renewal application for fiscal year", "has therefore lapsed");

        assertThat(mail.to()).isEqualTo("taro.mihon@example.jp");
        assertThat(mail.subject()).isEqualTo("【ITコーディネータ協会】資格失効のお知らせ");
        assertThat(mail.body()).isEqualTo(MAIL.formatted("""
                2027年度の資格更新手続き期間内に、資格更新のお申し込みが確認できませんでした。
                """));
    }

    @Test
    void c3_lapseMailForAnAppliedRenewalNotCompletedInTime() {
        OutgoingMail mail = LapseMail.of(lapse(true), MEMBER_PAGE);

        assertThat(mail.subject()).isEqualTo("【ITコーディネータ協会】資格失効のお知らせ");
        assertThat(mail.body()).isEqualTo(MAIL.formatted("""
                2027年度の資格更新のお申し込みをいただきましたが、手続き期間内に
                更新に必要な手続きがすべて完了しなかったため、資格更新は完了しませんでした。
                """));
    }

    @Test
    void q6_lapseNoticeNamesTheExpiryAtWhichTheQualificationEnded() {
        assertThat(LapseMail.noticeTitle(lapse(true))).isEqualTo("2027年度 資格失効のお知らせ（資格有効期限 2027年5月31日）");
    }
}
