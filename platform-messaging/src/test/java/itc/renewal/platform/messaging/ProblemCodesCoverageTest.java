package itc.renewal.platform.messaging;

import itc.renewal.platformtest.ProblemCodesCoverage;
import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * The OpenAPI document lists every problem code platform-messaging (dead letters) raises where an HTTP client can
 * meet it.
 */
class ProblemCodesCoverageTest {

    @Test
    void everyProblemCodeRaisedOverHttpIsListedOnAnEndpoint() {
        ProblemCodesCoverage.check("itc.renewal.platform.messaging", Map.of());
    }
}
