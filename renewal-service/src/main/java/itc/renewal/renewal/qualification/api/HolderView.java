package itc.renewal.renewal.qualification.api;

import itc.renewal.renewal.qualification.domain.Holder;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a member sees of their own qualification (Q1). {@code certifiedIn} is yyyy-MM; {@code nextRenewal}
 * is null when the qualification has lapsed.
 */
public record HolderView(
        String memberId,
        String name,
        String nameKana,
        String email,
        String certificationNumber,
        String certifiedIn,
        LocalDate expiry,
        QualificationStatus status,
        NextRenewalView nextRenewal) {

    public static HolderView of(Holder holder, Optional<NextRenewalView> nextRenewal) {
        return new HolderView(holder.memberId(), holder.name(), holder.nameKana(), holder.email(),
                holder.certificationNumber(), holder.certifiedIn().toString(), holder.expiry(), holder.status(),
                nextRenewal.orElse(null));
    }
}
