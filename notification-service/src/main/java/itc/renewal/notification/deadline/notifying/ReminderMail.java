package itc.renewal.notification.deadline.notifying;

import itc.renewal.notification.deadline.api.ReminderDue;
import itc.renewal.notification.mail.api.MailWording;
import itc.renewal.notification.mail.api.OutgoingMail;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The reminder of rule C2, as notice title and e-mail: what is still missing, and until when. */
final class ReminderMail {

    /** The steps renewal-service names; a step it adds later is shown by its code rather than dropped. */
    private static final Map<String, String> STEPS = Map.of(
            "FEE_PAYMENT", "更新料のお支払い",
            "ACTIVITY_REPORT", "実務活動報告書の提出");

    private static final Map<String, String> STEPS_EN = Map.of(
            "FEE_PAYMENT", "payment of the renewal fee",
            "ACTIVITY_REPORT", "submission of the practice activity report");

    private ReminderMail() {
    }

    static String subject(int fiscalYear) {
        return "【ITコーディネータ協会】" + fiscalYear + "年度資格更新手続きのお願い";
    }

    static String noticeTitle(ReminderDue due) {
        return due.fiscalYear() + "年度 資格更新手続きのお願い（未完了: " + String.join("、", steps(due))
                + "／" + MailWording.lastMoment(due.windowClosesAt()) + "まで）";
    }

    static OutgoingMail of(ReminderDue due, URI memberPage) {
        String body = """
                %s

                いつもITコーディネータ協会の活動にご協力いただき、ありがとうございます。
                %d年度のITコーディネータ資格の更新手続きが、まだ完了していません。
                次の手続きを、期限までにお済ませください。

                　手続き期限：%sまで
                　未完了の手続き：
                %s

                期限までに手続きが完了しない場合、資格は現在の資格有効期限をもって失効します。
                手続きは、ITC+メンバーページの「ITC資格更新」から行えます。
                　ITC+メンバーページ：%s

                すべての手続きが確認できると更新完了となり、更新結果通知メールが配信されます。

                ※本メールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。

                特定非営利活動法人ITコーディネータ協会
                """.formatted(MailWording.addressee(due.holderName(), due.memberId()),
                due.fiscalYear(), MailWording.lastMoment(due.windowClosesAt()),
                steps(due).stream().map(step -> "　　・" + step).collect(Collectors.joining("\n")), memberPage);
        String english = """
                Dear %s,

                The renewal of your IT Coordinator qualification for fiscal year %d is not complete yet.
                Please complete the following step(s) by %s (Japan time):

                %s

                If they are not completed in time, the qualification lapses on its current expiry date.
                Renew on the ITC+ member page ("ITC資格更新"): %s

                This message was sent from a send-only address; replies cannot be answered.

                IT Coordinators Association of Japan
                """.formatted(due.holderName() == null ? due.memberId() : due.holderName(), due.fiscalYear(),
                MailWording.lastMomentEnglish(due.windowClosesAt()),
                due.missingSteps().stream().map(step -> "  - " + STEPS_EN.getOrDefault(step, step))
                        .collect(Collectors.joining("\n")), memberPage);
        return new OutgoingMail(due.email(), subject(due.fiscalYear()), body, english);
    }

    private static List<String> steps(ReminderDue due) {
        return due.missingSteps().stream().map(step -> STEPS.getOrDefault(step, step)).toList();
    }
}
