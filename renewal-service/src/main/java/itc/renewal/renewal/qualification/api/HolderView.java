package itc.renewal.renewal.qualification.api;

import java.time.LocalDate;

/** What a member sees of their own qualification. {@code certifiedIn} is yyyy-MM. */
public record HolderView(
        String memberId,
        String name,
        String nameKana,
        String certificationNumber,
        String certifiedIn,
        LocalDate expiry,
        QualificationStatus status) {

    public static HolderView of(Holder holder) {
        return new HolderView(holder.memberId(), holder.name(), holder.nameKana(), holder.certificationNumber(),
                holder.certifiedIn().toString(), holder.expiry(), holder.status());
    }
}
