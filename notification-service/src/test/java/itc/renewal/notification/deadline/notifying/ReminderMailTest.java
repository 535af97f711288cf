package itc.renewal.notification.deadline.notifying;

import itc.renewal.notification.deadline.api.ReminderDue;
import itc.renewal.notification.mail.api.OutgoingMail;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static itc.renewal.notification.deadline.notifying.DeadlineTestData.MEMBER_PAGE;
import static itc.renewal.notification.deadline.notifying.DeadlineTestData.WINDOW_CLOSES;
import static itc.renewal.notification.deadline.notifying.DeadlineTestData.reminder;
import static org.assertj.core.api.Assertions.assertThat;

class ReminderMailTest {

    @Test
    void c2_reminderMailNamesWhatIsMissingAndTheLastDay() {
        OutgoingMail mail = ReminderMail.of(reminder(List.of("FEE_PAYMENT", "ACTIVITY_REPORT"), WINDOW_CLOSES),
                MEMBER_PAGE);

        assertThat(mail.bodyEnglish()).contains("payment of the renewal fee",
                "submission of the practice activity report", "31 May 2027, 23:59");

        assertThat(mail.to()).isEqualTo("taro.mihon@example.jp");
        assertThat(mail.subject()).isEqualTo("【ITコーディネータ協会】2027年度資格更新手続きのお願い");
        assertThat(mail.body()).isEqualTo("""
                見本 太郎 様

                いつもITコーディネータ協会の活動にご協力いただき、ありがとうございます。
                2027年度のITコーディネータ資格の更新手続きが、まだ完了していません。
                次の手続きを、期限までにお済ませください。

                　手続き期限：2027年5月31日（月）24:00まで
                　未完了の手続き：
                　　・更新料のお支払い
                　　・実務活動報告書の提出

                期限までに手続きが完了しない場合、資格は現在の資格有効期限をもって失効します。
                手続きは、ITC+メンバーページの「ITC資格更新」から行えます。
                　ITC+メンバーページ：http://127.0.0.1:8080

                すべての手続きが確認できると更新完了となり、更新結果通知メールが配信されます。

                ※本メールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。

                特定非営利活動法人ITコーディネータ協会
                """);
    }

    @Test
    void c2_reminderNoticeNamesWhatIsMissingAndTheLastDay() {
        assertThat(ReminderMail.noticeTitle(reminder(List.of("ACTIVITY_REPORT"), WINDOW_CLOSES)))
                .isEqualTo("2027年度 資格更新手続きのお願い（未完了: 実務活動報告書の提出／2027年5月31日（月）24:00まで）");
    }

    /** The contract lets renewal-service add steps; a step unknown here is still shown, by its code. */
    @Test
    void c2_anUnknownMissingStepIsListedAsIs() {
        ReminderDue due = reminder(List.of("FEE_PAYMENT", "INTERVIEW"), WINDOW_CLOSES);

        assertThat(ReminderMail.of(due, MEMBER_PAGE).body())
                .contains("　　・更新料のお支払い\n　　・INTERVIEW\n");
        assertThat(ReminderMail.noticeTitle(due)).contains("（未完了: 更新料のお支払い、INTERVIEW／");
    }

    /** Q5: operators move the window's end (2020: extended to 30 June). */
    @Test
    void c2_anExtendedWindowShowsItsOwnLastDay() {
        ReminderDue due = reminder(List.of("FEE_PAYMENT"),
                OffsetDateTime.parse("2027-07-01T00:00:00+09:00").toInstant());

        assertThat(ReminderMail.of(due, MEMBER_PAGE).body()).contains("　手続き期限：2027年6月30日（水）24:00まで\n");
    }

    @Test
    void c2_aReminderWithoutTheHolderNameAddressesTheMemberId() {
        ReminderDue due = new ReminderDue("2027-M0000001", "M0000001", 2027,
                List.of("FEE_PAYMENT"), WINDOW_CLOSES, null, "taro.mihon@example.jp");

        assertThat(ReminderMail.of(due, MEMBER_PAGE).body()).startsWith("会員番号 M0000001 様\n\n");
    }
}
