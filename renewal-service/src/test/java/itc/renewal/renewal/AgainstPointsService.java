package itc.renewal.renewal;

import itc.renewal.platformtest.PointsServiceStub;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of renewal-service's service ITs: points-service's internal API (P4 lock, P5 total) answered by one stub on
 * a loopback port for the whole JVM, reset after each test class. By default it locks a counted year that has the
 * points and answers no totals, so the detail shows the Kafka-fed projection (the P5 fallback).
 */
abstract class AgainstPointsService {

    @RegisterExtension
    static final PointsServiceStub POINTS_SERVICE = PointsServiceStub.start();

    @DynamicPropertySource
    static void pointsServiceUrl(DynamicPropertyRegistry registry) {
        registry.add("renewal.points-service-url", POINTS_SERVICE::url);
    }
}
