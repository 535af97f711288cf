package itc.renewal.renewal.integration.outbound;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.api.CountedPointsReported;
import itc.renewal.renewal.eligibility.api.FiscalYearLock;
import itc.renewal.renewal.eligibility.api.PointsLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * HTTP adapter of {@link PointsLock}: POST /internal/points/{memberId}/fiscal-year-locks on points-service.
 * A connection failure or timeout is tried once more (the lock is idempotent, so a request that locked but whose
 * answer was lost does no harm when repeated); an error status or a second failure is answered with empty.
 */
@Component
class PointsServiceLock implements PointsLock {

    private static final Logger LOG = LoggerFactory.getLogger(PointsServiceLock.class);
    /** Locking writes the ledger, so it may take longer than reading a total; the member still waits on it. */
    static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final RestClient client;
    private final BusinessClock clock;

    @Autowired
    PointsServiceLock(@Value("${renewal.points-service-url}") String baseUrl, BusinessClock clock) {
        this(baseUrl, clock, TIMEOUT);
    }

    PointsServiceLock(String baseUrl, BusinessClock clock, Duration timeout) {
        this.client = PointsServiceClient.create(baseUrl, timeout);
        this.clock = clock;
    }

    @Override
    public Optional<FiscalYearLock> lock(String memberId, FiscalYear countedYear, FiscalYear renewalYear,
                                         BigDecimal requiredPoints) {
        LockRequest request = new LockRequest(countedYear.year(), renewalYear.year(), requiredPoints);
        for (int attempt = 1; ; attempt++) {
            try {
                return answer(memberId, countedYear, send(memberId, request));
            } catch (RestClientException e) {
                if (attempt == 2 || !connectionFailed(e)) {
                    return failed(memberId, countedYear, e);
                }
                LOG.info("points-service did not answer the lock of {} FY{}; trying once more: {}", memberId,
                        countedYear.year(), e.toString());
            }
        }
    }

    private LockAnswer send(String memberId, LockRequest request) {
        return client.post().uri("/internal/points/{memberId}/fiscal-year-locks", memberId)
                .contentType(MediaType.APPLICATION_JSON).body(request)
                .retrieve().body(LockAnswer.class);
    }

    private Optional<FiscalYearLock> answer(String memberId, FiscalYear countedYear, LockAnswer answer) {
        if (answer == null || answer.countedTotal() == null || answer.locked() == null) {
            LOG.warn("points-service answered the lock of {} FY{} without a total or a decision: {}", memberId,
                    countedYear.year(), answer);
            return Optional.empty();
        }
        return Optional.of(new FiscalYearLock(new CountedPointsReported(memberId, countedYear.year(),
                answer.countedTotal(), clock.instant(), answer.ledgerSequence()), answer.locked()));
    }

    /** Refused, reset or timed out, while connecting or reading; not an error status nor an unreadable answer. */
    private static boolean connectionFailed(RestClientException e) {
        return e instanceof ResourceAccessException || e.getCause() instanceof IOException;
    }

    private static Optional<FiscalYearLock> failed(String memberId, FiscalYear countedYear, RestClientException e) {
        LOG.warn("points-service could not lock FY{} of {}: {}", countedYear.year(), memberId, e.toString());
        return Optional.empty();
    }

    record LockRequest(int fiscalYear, int renewalFiscalYear, BigDecimal requiredPoints) {
    }

    /** points-service's answer; unknown fields are ignored. */
    record LockAnswer(String memberId, Integer fiscalYear, BigDecimal countedTotal, Long ledgerSequence,
                      Boolean locked) {
    }
}
