package itc.renewal.notification.certificate.api;

import java.time.LocalDate;

/**
 * What the public verification page says of a certificate (rule C5).
 *
 * @param genuine             issued by the association, id and token unaltered
 * @param holderName          氏名 (null unless genuine)
 * @param certificationNumber 認定番号 (null unless genuine)
 * @param expiry              資格有効期限 this certificate states (null unless genuine)
 * @param validToday          the qualification this certificate states is valid today (false once expired)
 */
public record Verification(boolean genuine, String holderName, String certificationNumber, LocalDate expiry,
                           Integer fiscalYear, boolean validToday) {

    public static final Verification NOT_GENUINE = new Verification(false, null, null, null, null, false);
}
