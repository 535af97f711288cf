package itc.renewal.gateway.member.points;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PointsFormsTest {

    @Test
    void p1_eachPointsRuleIsShownNextToTheFieldItIsAbout() {
        assertThat(PointsForms.fieldOf("points.activity-date-in-future")).isEqualTo("activityDate");
        assertThat(PointsForms.fieldOf("points.category-association-only")).isEqualTo("category");
        assertThat(PointsForms.fieldOf("points.title-too-long")).isEqualTo("title");
        assertThat(PointsForms.fieldOf("points.points-not-half-step")).isEqualTo("amount");
        assertThat(PointsForms.fieldOf("points.hours-too-few")).isEqualTo("amount");
        assertThat(PointsForms.fieldOf("points.reason-too-long")).isEqualTo("reason");
        assertThat(PointsForms.fieldOf("points.fiscal-year-locked")).isNull();
    }

    @Test
    void p1_anAmountThatIsNoNumberIsRefusedBeforeItLeavesTheGateway() {
        assertThat(PointsForms.amountProblem(java.util.Map.of("amount", "abc"))).containsKey("amount");
        assertThat(PointsForms.amountProblem(java.util.Map.of("amount", "2.5"))).isEmpty();
        assertThat(PointsForms.amountProblem(java.util.Map.of("amount", ""))).isEmpty();
    }
}
