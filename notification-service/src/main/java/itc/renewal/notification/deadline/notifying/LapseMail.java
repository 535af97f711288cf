package itc.renewal.notification.deadline.notifying;

import itc.renewal.notification.deadline.api.LapsedRenewal;
import itc.renewal.notification.mail.api.MailWording;
import itc.renewal.notification.mail.api.OutgoingMail;

import java.net.URI;

/**
 * The lapse of rules C3, Q6, as notice title and e-mail: the qualification ended on its expiry, because the
 * holder never applied in the window, or applied but did not finish every step in time.
 */
final class LapseMail {

    static final String SUBJECT = "【ITコーディネータ協会】資格失効のお知らせ";

    private LapseMail() {
    }

    static String noticeTitle(LapsedRenewal lapsed) {
        return lapsed.fiscalYear() + "年度 資格失効のお知らせ（資格有効期限 " + MailWording.day(lapsed.expiredOn())
                + "）";
    }

    static OutgoingMail of(LapsedRenewal lapsed, URI memberPage) {
        String body = """
                %s

                いつもITコーディネータ協会の活動にご協力いただき、ありがとうございます。
                %s
                このため、ITコーディネータ資格は資格有効期限をもって失効しました。

                　資格有効期限：%s

                資格の再取得については、協会にお問い合わせください。
                　ITC+メンバーページ：%s

                ※本メールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。

                特定非営利活動法人ITコーディネータ協会
                """.formatted(MailWording.addressee(lapsed.holderName(), lapsed.memberId()), reason(lapsed),
                MailWording.day(lapsed.expiredOn()), memberPage);
        String english = """
                Dear %s,

                %s
                Your IT Coordinator qualification has therefore lapsed on its expiry date, %s.

                Please contact the association about qualifying again. ITC+ member page: %s

                This message was sent from a send-only address; replies cannot be answered.

                IT Coordinators Association of Japan
                """.formatted(lapsed.holderName() == null ? lapsed.memberId() : lapsed.holderName(),
                lapsed.applied() ? "The renewal for fiscal year " + lapsed.fiscalYear() + " was applied for, but not "
                        + "every step was completed within the renewal period."
                        : "No renewal application for fiscal year " + lapsed.fiscalYear()
                        + " was received within the renewal period.",
                lapsed.expiredOn(), memberPage);
        return new OutgoingMail(lapsed.email(), SUBJECT, body, english);
    }

    private static String reason(LapsedRenewal lapsed) {
        if (!lapsed.applied()) {
            return lapsed.fiscalYear() + "年度の資格更新手続き期間内に、資格更新のお申し込みが確認できませんでした。";
        }
        return lapsed.fiscalYear() + "年度の資格更新のお申し込みをいただきましたが、手続き期間内に\n"
                + "更新に必要な手続きがすべて完了しなかったため、資格更新は完了しませんでした。";
    }
}
