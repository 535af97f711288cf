package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.platform.problem.Rejection;

/** The refusals of the payment feature, worded for the member (see the member manual). */
final class PaymentRejections {

    private PaymentRejections() {
    }

    /** Also for another member's order: whether it exists is none of the caller's business. */
    static Rejection orderNotFound() {
        return Rejection.notFound("payment.order-not-found",
                "お支払い対象の申請が見つかりません。申請直後の場合は数秒後にお試しください。");
    }

    static Rejection alreadyPaid() {
        return Rejection.conflict("payment.already-paid",
                "この申請の更新料はお支払い済みです。お支払い方法を変更することはできません。");
    }

    /** Another tab or device is paying the same order right now; its outcome shows in the history. */
    static Rejection chargeInProgress() {
        return Rejection.conflict("payment.charge-in-progress",
                "決済処理中です。しばらくしてから購入履歴をご確認ください。");
    }

    /** Rule F2: the provider did not answer; the charge's outcome is asked for again, never charged twice. */
    static Rejection chargeOutcomePending() {
        return Rejection.conflict("payment.charge-outcome-pending",
                "カード会社からの応答がありません。決済結果を確認中です。同じ内容でもう一度お試しいただくか、数分後に購入履歴をご確認ください"
                        + "（二重に請求されることはありません）。");
    }

    /** Rule F3: the invoice needs the addressee and the sender name of the member's billing profile. */
    static Rejection billingProfileRequired() {
        return Rejection.conflict("payment.billing-profile-required",
                "銀行振込を選択する前に、「個人情報編集」で請求書宛名と送金者名を登録してください。");
    }

    /** For the store network: a payment for a slip the order was not given. */
    static Rejection slipUnknown(String slipNumber) {
        return Rejection.unprocessable("payment.slip-unknown", "払込票番号 " + slipNumber + " はこの注文の払込票ではありません。");
    }

    /** Rule Q5: the renewal lapsed, so its fee can no longer be paid. */
    static Rejection windowClosed(int fiscalYear) {
        return Rejection.conflict("payment.window-closed",
                fiscalYear + "年度の更新申請期間が終了したため、お支払いいただけません（資格は失効しました）。");
    }

    static Rejection cardDeclined() {
        return new Rejection(402, "payment.card-declined",
                "カード決済が承認されませんでした。別のカードをご利用ください。");
    }

    /** Rule F1: お申し込み後の支払方法変更はできません. */
    static Rejection methodAlreadyChosen(PaymentMethod chosen) {
        return Rejection.conflict("payment.method-already-chosen", "お支払い方法は「" + label(chosen)
                + "」を選択済みです。お申し込み後の支払方法変更はできません。");
    }

    /** Rule F1: an operator confirms a payment with a reason the audit can read. */
    static Rejection reasonRequired() {
        return Rejection.badInput("payment.reason-required", "入金を確認した理由を入力してください（例: 振込番号なしの振込を確認）。");
    }

    static String label(PaymentMethod method) {
        return switch (method) {
            case CARD -> "クレジットカード";
            case BANK_TRANSFER -> "銀行振込";
            case CONVENIENCE_STORE -> "コンビニ払い";
        };
    }
}
