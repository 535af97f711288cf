package itc.renewal.payment.order.command;

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

    /** Rule Q5: the renewal lapsed, so its fee can no longer be paid. */
    static Rejection windowClosed(int fiscalYear) {
        return Rejection.conflict("payment.window-closed",
                fiscalYear + "年度の更新申請期間が終了したため、お支払いいただけません（資格は失効しました）。");
    }

    static Rejection cardDeclined() {
        return new Rejection(402, "payment.card-declined",
                "カード決済が承認されませんでした。別のカードをご利用ください。");
    }
}
