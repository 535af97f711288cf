package itc.renewal.points.ledger.command;

import itc.renewal.points.ledger.api.AssociationRegistration;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import itc.renewal.points.ledger.api.RegisterAssociationPointsCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.points.ledger.command.PointsTestData.MEMBER;

/** The association's registrations (operator import): association training allowed, a known entry id skipped. */
class PointLedgerAssociationTest {

    private static final LocalDate IN_FY2026 = LocalDate.of(2026, 10, 1);

    private final AggregateTestFixture<PointLedger> fixture = PointsTestData.fixture();

    @Test
    void p2_associationRegistersClassroomTrainingInHours() {
        fixture.givenNoPriorActivity()
                .when(classroom("e1", "3"))
                .expectEvents(classroomRegistered("e1", "3.0", "1.5"))
                .expectResultMessagePayload(new AssociationRegistration("e1", true));
    }

    @Test
    void p1_importIsIdempotent() {
        fixture.given(classroomRegistered("e1", "3.0", "1.5"))
                .when(classroom("e1", "3"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new AssociationRegistration("e1", false));
    }

    @Test
    void p6_associationRegistrationFollowsTheHoursRules() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAssociationPointsCommand(MEMBER, "e1", IN_FY2026, "ASSOCIATION_TRAINING_CLASSROOM",
                        "集合研修", BigDecimal.ONE, null))
                .expectException(rejection(400, "points.points-not-accepted"))
                .expectNoEvents();
    }

    private static RegisterAssociationPointsCommand classroom(String entryId, String hours) {
        return new RegisterAssociationPointsCommand(MEMBER, entryId, IN_FY2026, "ASSOCIATION_TRAINING_CLASSROOM",
                "集合研修", null, new BigDecimal(hours));
    }

    private static PointsRegisteredEvent classroomRegistered(String entryId, String hours, String points) {
        return new PointsRegisteredEvent(MEMBER, entryId, IN_FY2026, 2026, "ASSOCIATION_TRAINING_CLASSROOM", "集合研修",
                new BigDecimal(points), new BigDecimal(points), null, new BigDecimal(hours), new BigDecimal(points), null, true);
    }
}
