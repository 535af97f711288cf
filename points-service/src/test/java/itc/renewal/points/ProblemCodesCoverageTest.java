package itc.renewal.points;

import itc.renewal.platformtest.ProblemCodesCoverage;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** The OpenAPI document lists every problem code points-service raises where an HTTP client can meet it. */
class ProblemCodesCoverageTest {

    @Test
    void everyProblemCodeRaisedOverHttpIsListedOnAnEndpoint() {
        ProblemCodesCoverage.check("itc.renewal.points", Map.of(
                "points.renewal-fiscal-year-invalid", "only on /internal/points (renewal-service asks)",
                "points.required-points-invalid", "only on /internal/points (renewal-service asks)",
                "points.member-id-invalid", "only on /internal/points (renewal-service asks)",
                "points.activity-date-missing", "a missing date is request.invalid (bean validation) first",
                "points.entry-exists", "entries are registered under a fresh id: a guard, never met over HTTP"));
    }
}
