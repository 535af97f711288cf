package itc.renewal.contracts.points.internal;

/** The paths of points-service's internal API; {@code {memberId}} is a member id such as {@code M0000001}. */
public final class PointsInternalApi {

    /** GET, query parameter {@code fiscalYear}: the member's counted total read from the ledger → {@link CountedTotal}. */
    public static final String COUNTED_TOTAL = "/internal/points/{memberId}/counted-total";

    /** POST {@link FiscalYearLockRequest}: lock the counted year if it has the required points → {@link FiscalYearLockAnswer}. */
    public static final String FISCAL_YEAR_LOCKS = "/internal/points/{memberId}/fiscal-year-locks";

    private PointsInternalApi() {
    }
}
