package itc.renewal.payment;

import itc.renewal.platformtest.ProblemCodesCoverage;
import org.junit.jupiter.api.Test;

import java.util.Map;

/** The OpenAPI document lists every problem code payment-service raises where an HTTP client can meet it. */
class ProblemCodesCoverageTest {

    @Test
    void everyProblemCodeRaisedOverHttpIsListedOnAnEndpoint() {
        ProblemCodesCoverage.check("itc.renewal.payment", Map.of());
    }
}
