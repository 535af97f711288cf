package itc.renewal.renewal.integration.outbound;

import itc.renewal.contracts.points.internal.CountedTotal;
import itc.renewal.contracts.points.internal.FiscalYearLockAnswer;
import itc.renewal.contracts.points.internal.FiscalYearLockRequest;
import itc.renewal.contracts.points.internal.PointsInternalApi;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.identity.IdentitySigner;
import itc.renewal.platform.provenance.ProvenanceHeaders;
import itc.renewal.renewal.eligibility.domain.CountedPointsReported;
import itc.renewal.renewal.eligibility.domain.FiscalYearLock;
import itc.renewal.renewal.eligibility.domain.PointsLock;
import itc.renewal.renewal.eligibility.domain.PointsTotals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The HTTP adapter of {@link PointsTotals} and {@link PointsLock}: points-service's internal API
 * (contracts {@code points.internal}). A member waits on every call, so timeouts are short and a failure is
 * answered with empty: the eligibility check then falls back to the projection (P5), an application is refused
 * with 503 (P4). The lock alone is tried once more after a connection failure or timeout: it is idempotent, so a
 * request that locked but whose answer was lost does no harm when repeated. Every request carries this service's
 * identity, signed for that request to points-service ({@code /internal/**} answers nothing without it).
 */
@Component
class PointsServiceClient implements PointsTotals, PointsLock {

    private static final Logger LOG = LoggerFactory.getLogger(PointsServiceClient.class);
    /** A refused connection (points-service down) fails at once; a reachable host answers within this. */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(300);
    /** P5 promises visibility within 1 s: wait that long for a total before using the projection. */
    static final Duration TOTAL_TIMEOUT = Duration.ofMillis(1000);
    /** Locking writes the ledger, so it may take longer than reading a total; the member still waits on it. */
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(3);

    private final RestClient totals;
    private final RestClient locks;
    private final BusinessClock clock;

    /** The name points-service knows itself by: signatures name the one service they are for. */
    static final String POINTS_SERVICE = "points-service";

    @Autowired
    PointsServiceClient(@Value("${renewal.points-service-url}") String baseUrl, BusinessClock clock,
                        IdentitySigner signer) {
        this(baseUrl, clock, signer, TOTAL_TIMEOUT, LOCK_TIMEOUT);
    }

    PointsServiceClient(String baseUrl, BusinessClock clock, IdentitySigner signer, Duration totalTimeout,
                        Duration lockTimeout) {
        this.totals = client(baseUrl, signer, totalTimeout);
        this.locks = client(baseUrl, signer, lockTimeout);
        this.clock = clock;
    }

    @Override
    public Optional<CountedPointsReported> countedTotal(String memberId, FiscalYear year) {
        try {
            CountedTotal total = totals.get()
                    .uri(PointsInternalApi.COUNTED_TOTAL + "?fiscalYear={fy}", memberId, year.year())
                    .retrieve().body(CountedTotal.class);
            if (total == null || total.countedTotal() == null) {
                return Optional.empty();
            }
            return Optional.of(reported(memberId, year, total.countedTotal(), total.ledgerSequence()));
        } catch (RestClientException e) {
            LOG.warn("points-service did not answer the counted total of {} FY{}; using the projection: {}",
                    memberId, year.year(), e.toString());
            return Optional.empty();
        }
    }

    @Override
    public Optional<FiscalYearLock> lock(String memberId, FiscalYear countedYear, FiscalYear renewalYear,
                                         BigDecimal requiredPoints) {
        FiscalYearLockRequest request = new FiscalYearLockRequest(countedYear.year(), renewalYear.year(),
                requiredPoints);
        for (int attempt = 1; ; attempt++) {
            try {
                return answer(memberId, countedYear, locks.post().uri(PointsInternalApi.FISCAL_YEAR_LOCKS, memberId)
                        .contentType(MediaType.APPLICATION_JSON).body(request)
                        .retrieve().body(FiscalYearLockAnswer.class));
            } catch (RestClientException e) {
                if (attempt == 2 || !connectionFailed(e)) {
                    LOG.warn("points-service could not lock FY{} of {}: {}", countedYear.year(), memberId,
                            e.toString());
                    return Optional.empty();
                }
                LOG.info("points-service did not answer the lock of {} FY{}; trying once more: {}", memberId,
                        countedYear.year(), e.toString());
            }
        }
    }

    private Optional<FiscalYearLock> answer(String memberId, FiscalYear countedYear, FiscalYearLockAnswer answer) {
        if (answer == null || answer.countedTotal() == null || answer.locked() == null) {
            LOG.warn("points-service answered the lock of {} FY{} without a total or a decision: {}", memberId,
                    countedYear.year(), answer);
            return Optional.empty();
        }
        return Optional.of(new FiscalYearLock(
                reported(memberId, countedYear, answer.countedTotal(), answer.ledgerSequence()), answer.locked()));
    }

    private CountedPointsReported reported(String memberId, FiscalYear year, BigDecimal total, Long ledgerSequence) {
        return new CountedPointsReported(memberId, year.year(), total, clock.instant(), ledgerSequence);
    }

    /** Refused, reset or timed out, while connecting or reading; not an error status nor an unreadable answer. */
    private static boolean connectionFailed(RestClientException e) {
        return e instanceof ResourceAccessException || e.getCause() instanceof IOException;
    }

    private static RestClient client(String baseUrl, IdentitySigner signer, Duration readTimeout) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(CONNECT_TIMEOUT);
        requests.setReadTimeout(readTimeout);
        ClientHttpRequestInterceptor signed = (request, body, execution) -> {
            // real time, not business time: signature freshness
            signer.headers(Identity.service(signer.audience()), request.getMethod().name(),
                    request.getURI().getRawPath(), POINTS_SERVICE, Instant.now()).forEach(request.getHeaders()::set);
            // the year locked while a member applies is recorded as the member's, in the application's journey
            ProvenanceHeaders.forOutgoingCall().forEach(request.getHeaders()::set);
            return execution.execute(request, body);
        };
        return RestClient.builder().baseUrl(baseUrl).requestFactory(requests).requestInterceptor(signed).build();
    }
}
