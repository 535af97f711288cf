package itc.renewal.renewal;

import itc.renewal.platformtest.ServiceIT;
import itc.renewal.renewal.procedure.api.FeePaymentRecordedEvent;
import itc.renewal.renewal.procedure.api.RecordFeePaymentCommand;
import itc.renewal.renewal.procedure.api.RenewalAppliedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored by the version before the packages were renamed (issue 7) are still read: the event store keeps
 * each payload's class name, and {@code PackageRenameUpcaster} reads {@code itc.renewal.renewal.renewal.api.*} as
 * {@code itc.renewal.renewal.procedure.api.*}. Rows are rewritten to the former names here, as an old database
 * holds them; the renewal is then read and changed through Axon as any other.
 */
@ServiceIT(properties = {
        "renewal.demo-data=true",
        "platform.clock.start=2027-04-10T10:00:00+09:00"})
@Import({MemberRequests.class, UpstreamEvents.class})
class StoredEventsIT extends AgainstPointsService {

    private static final String MEMBER = "M0000003";
    private static final String RENEWAL = "2027-" + MEMBER;

    @Autowired
    MemberRequests member;
    @Autowired
    UpstreamEvents upstream;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    CommandGateway commands;

    @Test
    void aRenewalStoredUnderTheFormerPackageIsReadAndCarriesOn() {
        upstream.registerCountedPoints(POINTS_SERVICE, MEMBER, "10");
        member.awaitCountedPoints(MEMBER, "10.0");
        assertThat(member.apply(MEMBER, "2027.1").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        int renamed = jdbc.update("update domain_event_entry set payload_type = replace(payload_type, "
                + "'itc.renewal.renewal.procedure.', 'itc.renewal.renewal.renewal.') where aggregate_identifier = ?",
                RENEWAL);
        assertThat(renamed).isPositive();

        assertThat(payloads()).first().isInstanceOf(RenewalAppliedEvent.class);

        commands.sendAndWait(new RecordFeePaymentCommand(RENEWAL, new BigDecimal("22000"), "CARD",
                Instant.parse("2027-04-10T02:00:00Z")));
        assertThat(payloads()).last().isInstanceOfSatisfying(FeePaymentRecordedEvent.class,
                paid -> assertThat(paid.amount()).isEqualByComparingTo("22000"));
    }

    private List<Object> payloads() {
        return eventStore.readEvents(RENEWAL).asStream().map(DomainEventMessage::getPayload).map(Object.class::cast)
                .toList();
    }
}
