package itc.renewal.renewal.qualification.domain;

import itc.renewal.platform.problem.Rejection;

import java.util.Optional;

/** Reads the qualification registry; other features depend on this, not on its table. */
public interface Holders {

    Optional<Holder> find(String memberId);

    /** The holder, or a 404 rejection the member can act on. */
    default Holder require(String memberId) {
        return find(memberId).orElseThrow(() -> Rejection.notFound("qualification.not-found",
                "資格保有者として登録されていません（会員番号: " + memberId + "）。協会にお問い合わせください。"));
    }
}
