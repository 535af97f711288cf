package itc.renewal.notification;

import itc.renewal.platformtest.ProblemCodesCoverage;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** The OpenAPI document lists every problem code notification-service raises where an HTTP client can meet it. */
class ProblemCodesCoverageTest {

    @Test
    void everyProblemCodeRaisedOverHttpIsListedOnAnEndpoint() {
        ProblemCodesCoverage.check("itc.renewal.notification", Map.of());
    }
}
