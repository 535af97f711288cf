package itc.renewal.notification.certificate.issuing;

import itc.renewal.notification.certificate.api.CompletedRenewal;
import itc.renewal.notification.certificate.domain.JapaneseDates;
import itc.renewal.notification.mail.api.OutgoingMail;

import java.net.URI;

/** The 更新結果通知メール of rule C4: what changed, and where the certificate can be downloaded. */
final class ResultMail {

    private ResultMail() {
    }

    static String subject(int fiscalYear) {
        return "【ITコーディネータ協会】" + fiscalYear + "年度 資格更新完了のお知らせ（更新結果通知メール）";
    }

    static OutgoingMail of(CompletedRenewal renewal, URI memberPage) {
        String body = """
                %s 様

                いつもITコーディネータ協会の活動にご協力いただき、ありがとうございます。
                %d年度のITコーディネータ資格の更新手続きが完了しました。
                資格有効期限が更新されましたので、お知らせいたします。

                　認定番号　　　：%s
                　資格有効期限　：%s

                更新結果通知書兼資格証明書（PDF）は、ITC+メンバーページの「お知らせ」にある
                「%d年度 更新結果通知書」からダウンロードいただけます。
                　ITC+メンバーページ：%s

                ※本メールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。

                特定非営利活動法人ITコーディネータ協会
                """.formatted(renewal.holderName(), renewal.fiscalYear(), renewal.certificationNumber(),
                JapaneseDates.day(renewal.newExpiry()), renewal.fiscalYear(), memberPage);
        String english = """
                Dear %s,

                Your IT Coordinator qualification has been renewed for fiscal year %d.

                  Certification number: %s
                  Valid until:          %s

                The renewal result notice and certificate (PDF) can be downloaded from the notice
                "%d年度 更新結果通知書" on the ITC+ member page: %s

                This message was sent from a send-only address; replies cannot be answered.

                IT Coordinators Association of Japan
                """.formatted(renewal.holderName(), renewal.fiscalYear(), renewal.certificationNumber(),
                renewal.newExpiry(), renewal.fiscalYear(), memberPage);
        return new OutgoingMail(renewal.email(), subject(renewal.fiscalYear()), body, english);
    }
}
