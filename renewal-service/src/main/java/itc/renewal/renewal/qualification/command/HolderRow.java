package itc.renewal.renewal.qualification.command;

import itc.renewal.renewal.qualification.api.QualificationStatus;
import itc.renewal.renewal.qualification.domain.CertifiedIn;
import itc.renewal.renewal.qualification.domain.Holder;

import java.time.LocalDate;

/** A checked row of an import file; {@code expiry} is the one given, or Q2's expiry of a new certificate. */
record HolderRow(int row, String memberId, String name, String nameKana, String email, String certificationNumber,
                 CertifiedIn certifiedIn, LocalDate expiry) {

    /** A holder new to the registry; the file may list former holders, whose qualification has {@code lapsed}. */
    Holder newHolder(boolean lapsed) {
        return new Holder(memberId, name, nameKana, email, certificationNumber, certifiedIn, expiry,
                lapsed ? QualificationStatus.LAPSED : QualificationStatus.ACTIVE);
    }

    /** The registered holder with this row's name, kana and e-mail; registry facts and expiry stay as they are. */
    Holder withContactOf(Holder registered) {
        return new Holder(registered.memberId(), name, nameKana, email, registered.certificationNumber(),
                registered.certifiedIn(), registered.expiry(), registered.status());
    }

    boolean hasContactOf(Holder registered) {
        return name.equals(registered.name()) && nameKana.equals(registered.nameKana())
                && email.equals(registered.email());
    }
}
