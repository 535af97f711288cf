package itc.renewal.platform;

import itc.renewal.platformtest.ProblemCodesCoverage;
import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * The OpenAPI document lists every problem code platform-events (replay, audit) raises where an HTTP client can
 * meet it.
 */
class ProblemCodesCoverageTest {

    @Test
    void everyProblemCodeRaisedOverHttpIsListedOnAnEndpoint() {
        ProblemCodesCoverage.check("itc.renewal.platform", Map.of());
    }
}
