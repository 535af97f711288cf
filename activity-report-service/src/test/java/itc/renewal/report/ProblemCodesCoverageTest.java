package itc.renewal.report;

import itc.renewal.platformtest.ProblemCodesCoverage;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** The OpenAPI document lists every problem code activity-report-service raises where an HTTP client can meet it. */
class ProblemCodesCoverageTest {

    @Test
    void everyProblemCodeRaisedOverHttpIsListedOnAnEndpoint() {
        ProblemCodesCoverage.check("itc.renewal.report", Map.of());
    }
}
