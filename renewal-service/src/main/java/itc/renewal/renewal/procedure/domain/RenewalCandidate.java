package itc.renewal.renewal.procedure.domain;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.renewal.qualification.domain.Holder;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Rule A1 for one holder and the window of the fiscal year applied for: the fiscal year must not come
 * before the holder's first renewal year (Q2), and the qualification must not have lapsed (Q6), i.e.
 * be marked lapsed or have expired before the window opens.
 */
public record RenewalCandidate(Holder holder, RenewalWindow window) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年MM月dd日");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu年M月");

    public RenewalCandidate {
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(window, "window");
    }

    public boolean hasLapsed() {
        return holder.isLapsed() || holder.expiry().isBefore(window.opensAt().toLocalDate());
    }

    /**
     * C3, Q6: the window of the fiscal year in which the holder's renewal was due (the one of their expiry) has
     * closed at {@code now}, so that renewal has lapsed unless completed, even before the lapse is recorded.
     */
    public boolean dueWindowClosedAt(Instant now) {
        return window.fiscalYear().equals(FiscalYear.containing(holder.expiry()))
                && !now.isBefore(window.closesAt().toInstant());
    }

    public boolean isRenewableYet() {
        return window.fiscalYear().compareTo(holder.certifiedIn().firstRenewalYear()) >= 0;
    }

    public void requireRenewable() {
        if (!isRenewableYet()) {
            FiscalYear first = holder.certifiedIn().firstRenewalYear();
            throw Rejection.conflict("renewal.not-yet-renewable", window.fiscalYear().year()
                    + "年度は資格更新の対象ではありません（認定年月: " + holder.certifiedIn().value().format(MONTH)
                    + "、初回の資格更新は" + first.year() + "年度です）。");
        }
        if (hasLapsed()) {
            throw Rejection.conflict("renewal.qualification-lapsed", "資格が失効しているため更新できません（資格有効期限: "
                    + holder.expiry().format(DAY) + "）。");
        }
    }
}
