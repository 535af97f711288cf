package itc.renewal.renewal.procedure;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.domain.CountedPoints;
import itc.renewal.renewal.eligibility.domain.CountedPointsReported;
import itc.renewal.renewal.eligibility.domain.LedgerTotal;
import itc.renewal.renewal.procedure.api.CertificateHolder;
import itc.renewal.renewal.procedure.api.FeePaymentRecordedEvent;
import itc.renewal.renewal.procedure.api.RenewalAppliedEvent;
import itc.renewal.renewal.procedure.api.RenewalCompletedEvent;
import itc.renewal.renewal.procedure.api.ReportSubmissionRecordedEvent;
import itc.renewal.renewal.procedure.domain.RenewalPolicy;
import itc.renewal.renewal.procedure.domain.RenewalSettings;
import itc.renewal.renewal.procedure.domain.Terms;
import itc.renewal.renewal.qualification.api.QualificationStatus;
import itc.renewal.renewal.qualification.domain.CertifiedIn;
import itc.renewal.renewal.qualification.domain.Holder;
import itc.renewal.renewal.qualification.domain.Holders;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Named test data of the renewal feature: the demo journey of FY2027. */
public final class RenewalTestData {

    public static final FiscalYear FY2027 = FiscalYear.of(2027);
    public static final String PAYING = "M0000001";
    public static final String FIRST_RENEWAL = "M0000006";
    public static final String PAYING_RENEWAL = "2027-M0000001";
    public static final String FREE_RENEWAL = "2027-M0000006";
    public static final Instant APRIL_10 = OffsetDateTime.parse("2027-04-10T10:00:00+09:00").toInstant();
    public static final Instant PAID_AT = OffsetDateTime.parse("2027-04-11T10:00:00+09:00").toInstant();
    public static final Instant REPORTED_AT = OffsetDateTime.parse("2027-04-12T10:00:00+09:00").toInstant();
    /** The FY2027 window closes at 2027-06-01 00:00 JST (A1), when an incomplete renewal lapses (C3). */
    public static final Instant WINDOW_CLOSES = OffsetDateTime.parse("2027-06-01T00:00:00+09:00").toInstant();
    /** The first reminder (C2) of FY2027: fourteen days before the window closes. */
    /** When the standard window of {@code fiscalYear} closes: 1 June 00:00 JST (rule Q5). */
    public static Instant standardWindowEnd(int fiscalYear) {
        return OffsetDateTime.parse(fiscalYear + "-06-01T00:00:00+09:00").toInstant();
    }

    public static final Instant FOURTEEN_DAYS_BEFORE = OffsetDateTime.parse("2027-05-18T00:00:00+09:00").toInstant();
    public static final Terms TERMS = new Terms("2027.1", "ITコーディネータ資格更新規約");
    public static final RenewalPolicy POLICY = RenewalPolicy.standard(new BigDecimal("22000"), TERMS);
    /** No settings stored by operators: every FY has the configured defaults of {@link #POLICY}. */
    public static final RenewalSettings DEFAULTS = POLICY::defaultsFor;

    private RenewalTestData() {
    }

    /** A business clock standing still at {@code now}. */
    public static BusinessClock clockAt(Instant now) {
        return new BusinessClock(Clock.fixed(now, ZoneOffset.UTC));
    }

    public static Holder payingHolder() {
        return holder(PAYING, YearMonth.of(2016, 3), QualificationStatus.ACTIVE);
    }

    public static Holder firstRenewalHolder() {
        return holder(FIRST_RENEWAL, YearMonth.of(2026, 10), QualificationStatus.ACTIVE);
    }

    public static Holder holder(String memberId, YearMonth certifiedIn, QualificationStatus status) {
        return new Holder(memberId, "見本 太郎", "ミホン タロウ", "taro.mihon@example.jp", "0000002001C",
                new CertifiedIn(certifiedIn), LocalDate.of(2027, 5, 31), status);
    }

    /** An active holder whose 資格有効期限 is {@code expiry}. */
    public static Holder holder(String memberId, YearMonth certifiedIn, LocalDate expiry) {
        return new Holder(memberId, "見本 太郎", "ミホン タロウ", "taro.mihon@example.jp", "0000002001C",
                new CertifiedIn(certifiedIn), expiry, QualificationStatus.ACTIVE);
    }

    public static Holders holders(Holder... holders) {
        Map<String, Holder> byId = new HashMap<>();
        for (Holder holder : holders) {
            byId.put(holder.memberId(), holder);
        }
        return memberId -> Optional.ofNullable(byId.get(memberId));
    }

    /** Granted on 10 counted points of FY2026 at ledger sequence 1 (P4). */
    public static RenewalAppliedEvent paidRenewalApplied() {
        return new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("22000"), false, "2027.1",
                APRIL_10, new BigDecimal("10"), 1L, RenewalTestData.standardWindowEnd(2027));
    }

    /** Granted on 12.5 counted points of FY2026 at ledger sequence 2 (P4). */
    public static RenewalAppliedEvent freeRenewalApplied() {
        return new RenewalAppliedEvent(FREE_RENEWAL, FIRST_RENEWAL, 2027, BigDecimal.ZERO, true, "2027.1", APRIL_10,
                new BigDecimal("12.5"), 2L, RenewalTestData.standardWindowEnd(2027));
    }

    /** points-service's ledger as the demo journey has it: both holders of the journey have enough FY2026 points. */
    public static InMemoryPointsLock journeyPointsLock() {
        return new InMemoryPointsLock().with(PAYING, FY2027.previous(), "10", 1)
                .with(FIRST_RENEWAL, FY2027.previous(), "12.5", 2);
    }

    public static FeePaymentRecordedEvent feePaymentRecorded() {
        return new FeePaymentRecordedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("22000"), "CARD", PAID_AT);
    }

    public static ReportSubmissionRecordedEvent reportRecorded(String renewalId, String memberId) {
        return new ReportSubmissionRecordedEvent(renewalId, memberId, 2027, "2027.1", REPORTED_AT);
    }

    /** The certificate data (C4) of {@link #holder}: 見本 太郎, certified in {@code certifiedIn}. */
    public static CertificateHolder certificate(String certifiedIn) {
        return new CertificateHolder("見本 太郎", "ミホン タロウ", "taro.mihon@example.jp", "0000002001C", certifiedIn);
    }

    /** The FY2027 renewal completed on 10 April 2027, valid until 31 May 2028 (Q2). */
    public static RenewalCompletedEvent renewalCompleted(String renewalId, String memberId,
                                                         CertificateHolder certificate) {
        return new RenewalCompletedEvent(renewalId, memberId, 2027, LocalDate.of(2028, 5, 31), APRIL_10, certificate);
    }

    /** Counted points held in memory, as points-service would have reported them; the newest report wins. */
    public static final class InMemoryCountedPoints implements CountedPoints {

        private final Map<String, LedgerTotal> totals = new HashMap<>();

        /** A total from a report without a ledger sequence. */
        public InMemoryCountedPoints with(String memberId, FiscalYear year, String total) {
            totals.put(memberId + "/" + year.year(), new LedgerTotal(new BigDecimal(total), null));
            return this;
        }

        public InMemoryCountedPoints with(String memberId, FiscalYear year, String total, long ledgerSequence) {
            totals.put(memberId + "/" + year.year(), new LedgerTotal(new BigDecimal(total), ledgerSequence));
            return this;
        }

        @Override
        public LedgerTotal find(String memberId, FiscalYear year) {
            return totals.getOrDefault(memberId + "/" + year.year(), LedgerTotal.NONE);
        }

        @Override
        public void record(CountedPointsReported report) {
            String key = report.memberId() + "/" + report.fiscalYear();
            if (totals.getOrDefault(key, LedgerTotal.NONE).isNotNewerThan(report.ledgerSequence())) {
                totals.put(key, new LedgerTotal(report.countedTotal(), report.ledgerSequence()));
            }
        }
    }
}
