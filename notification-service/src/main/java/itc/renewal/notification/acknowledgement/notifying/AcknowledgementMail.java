package itc.renewal.notification.acknowledgement.notifying;

import itc.renewal.notification.acknowledgement.api.Acknowledgement;
import itc.renewal.notification.contact.api.Contact;
import itc.renewal.notification.mail.api.MailWording;
import itc.renewal.notification.mail.api.OutgoingMail;

import java.math.BigDecimal;
import java.net.URI;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** The wording of the acknowledgement mails (C4), Japanese with an English alternative; never a password or card. */
final class AcknowledgementMail {

    private static final Map<String, String> METHOD_JA = Map.of("CARD", "クレジットカード",
            "BANK_TRANSFER", "銀行振込", "CONVENIENCE_STORE", "コンビニ払い");
    private static final Map<String, String> METHOD_EN = Map.of("CARD", "credit card",
            "BANK_TRANSFER", "bank transfer", "CONVENIENCE_STORE", "convenience store");
    private static final String FOOTER = """

            ※本メールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。

            特定非営利活動法人ITコーディネータ協会
            """;
    private static final String FOOTER_EN = """

            This message was sent from a send-only address; replies cannot be answered.

            IT Coordinators Association of Japan
            """;

    private AcknowledgementMail() {
    }

    static OutgoingMail of(Acknowledgement step, Contact contact, URI memberPage) {
        String dear = MailWording.addressee(contact.name(), contact.memberId());
        String dearEn = "Dear " + (contact.name() == null ? contact.memberId() : contact.name()) + ",";
        int year = step.fiscalYear();
        return switch (step.kind()) {
            case APPLICATION_RECEIVED -> new OutgoingMail(contact.email(),
                    "【ITコーディネータ協会】" + year + "年度 資格更新のお申し込みを受け付けました",
                    dear + "\n\n" + year + "年度資格更新のお申し込みが完了しています（申請番号 " + step.renewalId() + "）。\n"
                            + (step.feeWaived()
                            ? "初回更新のため、更新料のお支払いは不要です。実務活動報告書の提出をもって資格更新が完了します。\n"
                            : "資格の更新は、更新料（" + yen(step.feeAmount()) + "）のお支払いと実務活動報告書の提出をもって完了となります。\n")
                            + (step.windowClosesAt() == null ? ""
                            : "手続きの期限：" + MailWording.lastMoment(step.windowClosesAt()) + "\n")
                            + "\nITC+メンバーページ：" + memberPage + "\n" + FOOTER,
                    dearEn + "\n\nYour application for the fiscal year " + year + " renewal (" + step.renewalId()
                            + ") has been received.\n"
                            + (step.feeWaived() ? "As a first renewal it is free: submitting the practice activity "
                            + "report completes it.\n" : "The renewal completes once the fee (JPY "
                            + amount(step.feeAmount()) + ") is paid and the practice activity report submitted.\n")
                            + "\nITC+ member page: " + memberPage + "\n" + FOOTER_EN);
            case PAYMENT_RECEIVED -> new OutgoingMail(contact.email(),
                    "【ITコーディネータ協会】" + year + "年度 資格更新料のお支払いを確認しました",
                    dear + "\n\n" + year + "年度の資格更新料のお支払いを確認しました。\n\n"
                            + "　金額：" + yen(step.feeAmount()) + "\n"
                            + "　お支払い方法：" + METHOD_JA.getOrDefault(step.method(), String.valueOf(step.method()))
                            + "\n\n領収書はITC+メンバーページの購入履歴からダウンロードできます。\n"
                            + "ITC+メンバーページ：" + memberPage + "\n" + FOOTER,
                    dearEn + "\n\nWe have received your renewal fee for fiscal year " + year + ": JPY "
                            + amount(step.feeAmount()) + " by "
                            + METHOD_EN.getOrDefault(step.method(), String.valueOf(step.method())) + ".\n"
                            + "The receipt is in your purchase history on the ITC+ member page: " + memberPage + "\n"
                            + FOOTER_EN);
            case REPORT_RECEIVED -> new OutgoingMail(contact.email(),
                    "【ITコーディネータ協会】" + year + "年度 実務活動報告書を受け付けました",
                    dear + "\n\n" + year + "年度の実務活動報告書を受け付けました。ご協力ありがとうございます。\n"
                            + "資格更新の手続きがすべて完了すると、更新結果通知メールをお送りします。\n\n"
                            + "ITC+メンバーページ：" + memberPage + "\n" + FOOTER,
                    dearEn + "\n\nThank you: your practice activity report for fiscal year " + year
                            + " has been received. Once every renewal step is done, the renewal result mail "
                            + "follows.\n\nITC+ member page: " + memberPage + "\n" + FOOTER_EN);
        };
    }

    private static String yen(BigDecimal amount) {
        return amount(amount) + "円";
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "-" : NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }
}
