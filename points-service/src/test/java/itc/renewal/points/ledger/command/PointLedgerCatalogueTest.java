package itc.renewal.points.ledger.command;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.points.catalogue.CategoryCatalogue;
import itc.renewal.points.catalogue.CategoryUnit;
import itc.renewal.points.catalogue.PointCategory;
import itc.renewal.points.ledger.api.CorrectPointsEntryCommand;
import itc.renewal.points.ledger.api.PointsEntryCorrectedEvent;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import itc.renewal.points.ledger.api.PointsRegistration;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.points.ledger.command.PointsTestData.MEMBER;
import static itc.renewal.points.ledger.command.PointsTestData.TITLE;
import static itc.renewal.points.ledger.command.PointsTestData.register;
import static itc.renewal.points.ledger.command.PointsTestData.registerBoth;
import static itc.renewal.points.ledger.command.PointsTestData.registerHours;
import static itc.renewal.points.ledger.command.PointsTestData.registered;
import static itc.renewal.points.ledger.command.PointsTestData.registeredBeforeCatalogueData;
import static itc.renewal.points.ledger.command.PointsTestData.selfStudy;

/**
 * The catalogue as data (P2): hours converted by the category, caps of the activity's fiscal year; an entry keeps
 * the cap recorded with it until a correction moves it to another category or fiscal year.
 */
class PointLedgerCatalogueTest {

    private static final LocalDate IN_FY2027 = LocalDate.of(2027, 4, 5);
    private static final LocalDate IN_FY2026 = LocalDate.of(2026, 10, 1);

    /** An operator may let members register association training themselves; then hours apply to members too. */
    private final AggregateTestFixture<PointLedger> trainingOpenToMembers = PointsTestData.fixture(fiscalYear ->
            changed(c -> c.hourBased() ? new PointCategory(c.code(), c.name(), c.unit(), c.hoursPerPoint(), null, true) : c));

    @Test
    void p2_hoursRoundDownToHalfPoint() {
        trainingOpenToMembers.givenNoPriorActivity()
                .when(registerHours("e1", IN_FY2026, "ASSOCIATION_TRAINING_CLASSROOM", "3"))
                .expectEvents(hoursRegistered("e1", "ASSOCIATION_TRAINING_CLASSROOM", "3.0", "1.5", "1.5"))
                .expectResultMessagePayload(new PointsRegistration("e1", 2026, new BigDecimal("1.5"),
                        new BigDecimal("1.5")));
    }

    @Test
    void p2_correspondenceFourHoursPerPoint() {
        trainingOpenToMembers.givenNoPriorActivity()
                .when(registerHours("e1", IN_FY2026, "ASSOCIATION_TRAINING_CORRESPONDENCE", "5"))
                .expectEvents(hoursRegistered("e1", "ASSOCIATION_TRAINING_CORRESPONDENCE", "5.0", "1.0", "1.0"));
    }

    @Test
    void p6_hoursForPointBasedCategoryRefused() {
        trainingOpenToMembers.givenNoPriorActivity()
                .when(registerHours("e1", IN_FY2026, "SELF_STUDY", "2"))
                .expectException(rejection(400, "points.hours-not-accepted"))
                .expectExceptionMessage("「自己研鑽」は時間数ではなくポイントで入力してください。")
                .expectNoEvents();
    }

    @Test
    void p6_pointsForHourBasedCategoryRefused() {
        trainingOpenToMembers.givenNoPriorActivity()
                .when(register("e1", IN_FY2026, "ASSOCIATION_TRAINING_CLASSROOM", "1"))
                .expectException(rejection(400, "points.points-not-accepted"))
                .expectExceptionMessage("「協会主催研修（集合研修）」はポイントではなく時間数で入力してください（2時間 = 1ポイントに換算します）。")
                .expectNoEvents();
    }

    @Test
    void p6_pointsAndHoursTogetherRefused() {
        trainingOpenToMembers.givenNoPriorActivity()
                .when(registerBoth("e1", IN_FY2026, "SELF_STUDY"))
                .expectException(rejection(400, "points.points-and-hours"))
                .expectNoEvents();
    }

    @Test
    void p6_hoursWorthLessThanHalfAPointRefused() {
        trainingOpenToMembers.givenNoPriorActivity()
                .when(registerHours("e1", IN_FY2026, "ASSOCIATION_TRAINING_CORRESPONDENCE", "1.5"))
                .expectException(rejection(400, "points.hours-too-few"))
                .expectNoEvents();
    }

    @Test
    void p6_absurdHoursRefused() {
        trainingOpenToMembers.givenNoPriorActivity()
                .when(registerHours("e1", IN_FY2026, "ASSOCIATION_TRAINING_CLASSROOM", "200.5"))
                .expectException(rejection(400, "points.hours-invalid"))
                .expectNoEvents();
    }

    @Test
    void p2_appliesTheCatalogueOfTheActivitysFiscalYear() {
        AggregateTestFixture<PointLedger> fixture = PointsTestData.fixture(fiscalYear -> fiscalYear.year() == 2026
                ? changed(c -> c.code().equals("SELF_STUDY") ? withCap(c, "4.0") : c)
                : CategoryCatalogue.standard());

        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "3.0", "3.0"))
                .when(selfStudy("e2", IN_FY2026, "2"))
                .expectEvents(new PointsRegisteredEvent(MEMBER, "e2", IN_FY2026, 2026, "SELF_STUDY",
                        "ITC実践研究会での発表", new BigDecimal("2.0"), new BigDecimal("4.0"), null, null,
                        new BigDecimal("1.0"), new BigDecimal("4.0"), false));
    }

    @Test
    void p2_loweredCapKeepsPointsAlreadyCounted() {
        AggregateTestFixture<PointLedger> fixture = PointsTestData.fixture(fiscalYear ->
                changed(c -> c.code().equals("SELF_STUDY") ? withCap(c, "4.0") : c));

        fixture.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "6.0", "6.0"))
                .when(selfStudy("e2", IN_FY2026, "1"))
                .expectEvents(new PointsRegisteredEvent(MEMBER, "e2", IN_FY2026, 2026, "SELF_STUDY",
                        "ITC実践研究会での発表", new BigDecimal("1.0"), new BigDecimal("6.0"), null, null,
                        new BigDecimal("0.0"), new BigDecimal("4.0"), false));
    }

    @Test
    void p2_eventsRecordedBeforeCountedPointsStillTotalExactly() {
        PointsTestData.fixture()
                .given(registeredBeforeCatalogueData("e1", IN_FY2026, 2026, "SELF_STUDY", "7.0", "6.0"),
                        registeredBeforeCatalogueData("e2", IN_FY2026, 2026, "CASE_PRESENTATION", "2.0", "8.0"))
                .when(selfStudy("e3", IN_FY2026, "1"))
                .expectEvents(registered("e3", IN_FY2026, 2026, "SELF_STUDY", "1.0", "0.0", "8.0"));
    }

    @Test
    void p2_correctingTheTitleKeepsTheCapRecordedWithTheEntry() {
        AggregateTestFixture<PointLedger> capLoweredSinceRegistration = PointsTestData.fixture(fiscalYear ->
                changed(c -> c.code().equals("SELF_STUDY") ? withCap(c, "4.0") : c));

        capLoweredSinceRegistration.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "6.0", "6.0"),
                        registered("e2", IN_FY2026, 2026, "CASE_PRESENTATION", "2.0", "8.0"))
                .when(correction("e1", IN_FY2026, "SELF_STUDY", "専門書の読書"))
                .expectEvents(corrected("e1", IN_FY2026, "SELF_STUDY", "専門書の読書", "6", 2026, "8.0", "8.0"));
    }

    @Test
    void p2_correctingTheCategoryTakesTheCurrentCatalogueCap() {
        AggregateTestFixture<PointLedger> capLoweredSinceRegistration = PointsTestData.fixture(fiscalYear ->
                changed(c -> c.code().equals("SELF_STUDY") ? withCap(c, "4.0") : c));

        capLoweredSinceRegistration.given(registered("e1", IN_FY2026, 2026, "RELATED_QUALIFICATION", "6.0", "6.0"))
                .when(correction("e1", IN_FY2026, "SELF_STUDY", TITLE))
                .expectEvents(corrected("e1", IN_FY2026, "SELF_STUDY", TITLE, "4.0", 2026, "4.0", "4.0"));
    }

    @Test
    void p2_correctingTheFiscalYearTakesThatYearsCurrentCap() {
        AggregateTestFixture<PointLedger> capLoweredInFy2027 = PointsTestData.fixture(fiscalYear ->
                fiscalYear.year() == 2027 ? changed(c -> c.code().equals("SELF_STUDY") ? withCap(c, "4.0") : c)
                        : CategoryCatalogue.standard());

        capLoweredInFy2027.given(registered("e1", IN_FY2026, 2026, "SELF_STUDY", "6.0", "6.0"))
                .when(correction("e1", IN_FY2027, "SELF_STUDY", TITLE))
                .expectEvents(corrected("e1", IN_FY2027, "SELF_STUDY", TITLE, "4.0", 2026, "4.0", "0.0"));
    }

    private static CorrectPointsEntryCommand correction(String entryId, LocalDate activityDate, String category,
                                                        String title) {
        return new CorrectPointsEntryCommand(MEMBER, entryId, activityDate, category, title, new BigDecimal("6"), null,
                null, null);
    }

    /** A correction to 6 points, with the cap recorded with the entry afterwards. */
    private static PointsEntryCorrectedEvent corrected(String entryId, LocalDate activityDate, String category,
                                                       String title, String cap, int previousFiscalYear,
                                                       String countedTotal, String previousCountedTotal) {
        return new PointsEntryCorrectedEvent(MEMBER, entryId, activityDate, FiscalYear.containing(activityDate).year(),
                category, title, new BigDecimal("6.0"), null, null, new BigDecimal(cap), null, previousFiscalYear,
                new BigDecimal(countedTotal), new BigDecimal(previousCountedTotal));
    }

    private static PointsRegisteredEvent hoursRegistered(String entryId, String category, String hours, String points,
                                                         String countedTotal) {
        return new PointsRegisteredEvent(MEMBER, entryId, IN_FY2026, 2026, category, "ITC実践研究会での発表",
                new BigDecimal(points), new BigDecimal(countedTotal), null, new BigDecimal(hours),
                new BigDecimal(points), null, false);
    }

    private static CategoryCatalogue changed(UnaryOperator<PointCategory> change) {
        List<PointCategory> categories = CategoryCatalogue.standard().categories().stream().map(change).toList();
        return new CategoryCatalogue(categories);
    }

    private static PointCategory withCap(PointCategory category, String cap) {
        return new PointCategory(category.code(), category.name(), CategoryUnit.POINTS, null, new BigDecimal(cap),
                category.memberRegistrable());
    }
}
