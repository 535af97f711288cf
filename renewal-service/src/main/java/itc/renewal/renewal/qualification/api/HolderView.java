package itc.renewal.renewal.qualification.api;

import java.time.LocalDate;

/** What a member sees of their own qualification (Q1). {@code certifiedIn} is yyyy-MM. */
public record HolderView(
        String memberId,
        String name,
        String nameKana,
        String email,
        String certificationNumber,
        String certifiedIn,
        LocalDate expiry,
        QualificationStatus status) {

    public static HolderView of(Holder holder) {
        return new HolderView(holder.memberId(), holder.name(), holder.nameKana(), holder.email(),
                holder.certificationNumber(), holder.certifiedIn().toString(), holder.expiry(), holder.status());
    }
}
