package itc.renewal.renewal.procedure.api;

import itc.renewal.renewal.qualification.domain.Holder;

/**
 * What the certificate and the result e-mail show of the holder (C4), as the registry held it when the
 * renewal completed. {@code certifiedIn} is 認定年月 as yyyy-MM.
 */
public record CertificateHolder(String name, String nameKana, String email, String certificationNumber,
                                String certifiedIn) {

    public static CertificateHolder of(Holder holder) {
        return new CertificateHolder(holder.name(), holder.nameKana(), holder.email(), holder.certificationNumber(),
                holder.certifiedIn().toString());
    }
}
