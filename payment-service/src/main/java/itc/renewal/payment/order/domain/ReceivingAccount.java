package itc.renewal.payment.order.domain;

/**
 * The association's account that bank transfers go to (rule F3): printed on every invoice, and a statement file
 * for another account is refused.
 *
 * @param bankCode      統一金融機関コード, 4 digits
 * @param bankName      e.g. みずほ銀行
 * @param branchCode    店番号, 3 digits
 * @param branchName    e.g. 本店
 * @param accountType   普通 or 当座
 * @param accountNumber 7 digits
 * @param holderName    口座名義 (kana), as the payer's bank shows it
 */
public record ReceivingAccount(String bankCode, String bankName, String branchCode, String branchName,
                               String accountType, String accountNumber, String holderName) {

    public ReceivingAccount {
        if (bankCode == null || !bankCode.matches("\\d{4}") || branchCode == null || !branchCode.matches("\\d{3}")
                || accountNumber == null || !accountNumber.matches("\\d{7}")) {
            throw new IllegalArgumentException("a receiving account needs a 4-digit bank code, 3-digit branch code "
                    + "and 7-digit account number: " + bankCode + "/" + branchCode + "/" + accountNumber);
        }
    }

    /** As an invoice prints it: みずほ銀行 本店（店番 001） 普通 1234567 名義 ｲﾂｺｰﾃﾞｨﾈｰﾀｷｮｳｶｲ. */
    public String printed() {
        return bankName + " " + branchName + "（店番 " + branchCode + "） " + accountType + " " + accountNumber
                + " 名義 " + holderName;
    }
}
