package itc.renewal.renewal;

import itc.renewal.platformtest.ProblemCodesCoverage;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** The OpenAPI document lists every problem code renewal-service raises where an HTTP client can meet it. */
class ProblemCodesCoverageTest {

    @Test
    void everyProblemCodeRaisedOverHttpIsListedOnAnEndpoint() {
        ProblemCodesCoverage.check("itc.renewal.renewal", Map.of(
                "renewal.lapsed", "completing is the saga's command, not an HTTP request",
                "renewal.incomplete", "completing is the saga's command, not an HTTP request"));
    }
}
