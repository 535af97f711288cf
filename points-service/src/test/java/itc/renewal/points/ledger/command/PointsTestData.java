package itc.renewal.points.ledger.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.points.catalogue.CategoryCatalogue;
import itc.renewal.points.catalogue.CategoryCatalogues;
import itc.renewal.points.catalogue.PointCategory;
import itc.renewal.points.certification.Certifications;
import itc.renewal.points.ledger.api.CorrectPointsEntryCommand;
import itc.renewal.points.ledger.api.PointsEntryCorrectedEvent;
import itc.renewal.points.ledger.api.PointsEntryWithdrawnEvent;
import itc.renewal.points.ledger.api.PointsFiscalYearLockedEvent;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import itc.renewal.points.ledger.api.RegisterPointsCommand;
import itc.renewal.points.ledger.api.WithdrawPointsEntryCommand;
import itc.renewal.points.ledger.domain.EntryOwners;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Named ledger facts for the fixture tests; business date 2027-04-10 (Japan), FY2027. */
final class PointsTestData {

    static final String MEMBER = "M0000001";
    static final LocalDate TODAY = LocalDate.of(2027, 4, 10);
    static final String TITLE = "ITC実践研究会での発表";
    static final String OTHER_MEMBER = "M0000002";
    static final String OTHER_MEMBERS_ENTRY = "e-of-M0000002";
    /** 認定年月 of {@link #MEMBER}. */
    static final YearMonth CERTIFIED_IN = YearMonth.of(2016, 3);
    /** A holder first certified in October 2026 (FY2026). */
    static final String NEW_HOLDER = "M0000003";
    static final YearMonth NEW_HOLDER_CERTIFIED_IN = YearMonth.of(2026, 10);

    private PointsTestData() {
    }

    static BusinessClock clock() {
        return new BusinessClock(Clock.fixed(Instant.parse("2027-04-10T00:30:00Z"), ZoneOffset.UTC));
    }

    static RegisterPointsCommand register(String entryId, LocalDate activityDate, String category, String points) {
        return new RegisterPointsCommand(MEMBER, entryId, activityDate, category, TITLE,
                new BigDecimal(points), null, null);
    }

    static RegisterPointsCommand registerHours(String entryId, LocalDate activityDate, String category, String hours) {
        return new RegisterPointsCommand(MEMBER, entryId, activityDate, category, TITLE, null,
                new BigDecimal(hours), null);
    }

    static RegisterPointsCommand registerBoth(String entryId, LocalDate activityDate, String category) {
        return new RegisterPointsCommand(MEMBER, entryId, activityDate, category, TITLE,
                BigDecimal.ONE, BigDecimal.ONE, null);
    }

    static RegisterPointsCommand selfStudy(String entryId, LocalDate activityDate, String points) {
        return register(entryId, activityDate, "SELF_STUDY", points);
    }

    static RegisterPointsCommand withTitle(String title) {
        return new RegisterPointsCommand(MEMBER, "e-title", LocalDate.of(2026, 10, 1), "SELF_STUDY", title,
                new BigDecimal("1"), null, null);
    }

    static RegisterPointsCommand withNote(String note) {
        return new RegisterPointsCommand(MEMBER, "e-note", LocalDate.of(2026, 10, 1), "SELF_STUDY", "読書",
                new BigDecimal("1"), null, note);
    }

    /** An entry that counted in full under the standard catalogue. */
    static PointsRegisteredEvent registered(String entryId, LocalDate activityDate, int fiscalYear, String category,
                                            String points, String countedTotal) {
        return registered(entryId, activityDate, fiscalYear, category, points, points, countedTotal);
    }

    /** An entry of which {@code counted} counted under the standard catalogue's cap. */
    static PointsRegisteredEvent registered(String entryId, LocalDate activityDate, int fiscalYear, String category,
                                            String points, String counted, String countedTotal) {
        BigDecimal cap = CategoryCatalogue.standard().find(category).flatMap(PointCategory::cap).orElse(null);
        return new PointsRegisteredEvent(MEMBER, entryId, activityDate, fiscalYear, category, TITLE,
                new BigDecimal(points), new BigDecimal(countedTotal), null, null, new BigDecimal(counted), cap, false);
    }

    /** An entry the association registered (operator import), counted in full. */
    static PointsRegisteredEvent registeredByAssociation(String entryId, LocalDate activityDate, String category,
                                                         String points, String countedTotal) {
        return new PointsRegisteredEvent(MEMBER, entryId, activityDate, FiscalYear.containing(activityDate).year(),
                category, TITLE, new BigDecimal(points), new BigDecimal(countedTotal), null, null,
                new BigDecimal(points), null, true);
    }

    /** The member corrects an entry to a point-based activity with the standard title. */
    static CorrectPointsEntryCommand correct(String entryId, LocalDate activityDate, String category, String points,
                                             String reason) {
        return new CorrectPointsEntryCommand(MEMBER, entryId, activityDate, category, TITLE, new BigDecimal(points),
                null, null, reason);
    }

    /** A correction under the standard catalogue, with the totals of both years after it. */
    static PointsEntryCorrectedEvent corrected(String entryId, LocalDate activityDate, String category, String points,
                                               String reason, int previousFiscalYear, String countedTotal,
                                               String previousCountedTotal) {
        BigDecimal cap = CategoryCatalogue.standard().find(category).flatMap(PointCategory::cap).orElse(null);
        return new PointsEntryCorrectedEvent(MEMBER, entryId, activityDate, FiscalYear.containing(activityDate).year(),
                category, TITLE, new BigDecimal(points), null, null, cap, reason, previousFiscalYear,
                new BigDecimal(countedTotal), new BigDecimal(previousCountedTotal));
    }

    static WithdrawPointsEntryCommand withdraw(String entryId, String reason) {
        return new WithdrawPointsEntryCommand(MEMBER, entryId, reason);
    }

    static PointsEntryWithdrawnEvent withdrawn(String entryId, int fiscalYear, String countedTotal, String reason) {
        return new PointsEntryWithdrawnEvent(MEMBER, entryId, fiscalYear, new BigDecimal(countedTotal), reason);
    }

    /** The member applied for the renewal of {@code fiscalYear + 1}. */
    static PointsFiscalYearLockedEvent locked(int fiscalYear) {
        return new PointsFiscalYearLockedEvent(MEMBER, fiscalYear, fiscalYear + 1);
    }

    /** An event recorded before entries carried their counted points and cap. */
    static PointsRegisteredEvent registeredBeforeCatalogueData(String entryId, LocalDate activityDate, int fiscalYear,
                                                               String category, String points, String countedTotal) {
        return new PointsRegisteredEvent(MEMBER, entryId, activityDate, fiscalYear, category, TITLE,
                new BigDecimal(points), new BigDecimal(countedTotal), null, null, null, null, false);
    }

    /**
     * The ledger's fixture: its command handlers with the standard catalogue for every fiscal year; the entry
     * history knows one entry of another member, {@value #OTHER_MEMBERS_ENTRY}.
     */
    static AggregateTestFixture<PointLedger> fixture() {
        return fixture(fiscalYear -> CategoryCatalogue.standard());
    }

    /**
     * The ledger's fixture with the given catalogues (see {@link #fixture()}); the registry knows {@link #MEMBER}
     * and {@link #NEW_HOLDER}, not {@link #OTHER_MEMBER}.
     */
    static AggregateTestFixture<PointLedger> fixture(CategoryCatalogues catalogues) {
        AggregateTestFixture<PointLedger> fixture = new AggregateTestFixture<>(PointLedger.class);
        Certifications certifications = certifications();
        fixture.registerAnnotatedCommandHandler(new RegisterPointsHandler(fixture.getRepository(), catalogues, clock(),
                certifications));
        EntryOwners owners = entryId -> Optional.of(OTHER_MEMBER).filter(owner -> entryId.equals(OTHER_MEMBERS_ENTRY));
        fixture.registerAnnotatedCommandHandler(new EditPointsEntryHandler(fixture.getRepository(), catalogues, owners,
                clock(), certifications));
        fixture.registerAnnotatedCommandHandler(new LockFiscalYearHandler(fixture.getRepository()));
        return fixture;
    }

    /** The registry's months as points-service keeps them, for {@link #MEMBER} and {@link #NEW_HOLDER}. */
    static Certifications certifications() {
        Map<String, YearMonth> months = new HashMap<>(Map.of(MEMBER, CERTIFIED_IN, NEW_HOLDER, NEW_HOLDER_CERTIFIED_IN));
        return new Certifications() {
            @Override
            public Optional<YearMonth> certifiedIn(String memberId) {
                return Optional.ofNullable(months.get(memberId));
            }

            @Override
            public Map<String, YearMonth> all() {
                return Map.copyOf(months);
            }

            @Override
            public void record(String memberId, YearMonth certifiedIn) {
                months.put(memberId, certifiedIn);
            }
        };
    }
}
