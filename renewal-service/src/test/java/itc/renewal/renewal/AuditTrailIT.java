package itc.renewal.renewal;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10: every stored event carries who caused it, the journey and the cause, and this service's part of a
 * member's audit trail lists them (as of now, or as of an earlier instant).
 */
@ServiceIT(properties = {
        "renewal.demo-data=true",
        "platform.clock.start=2027-04-10T10:00:00+09:00"})
@Import({MemberRequests.class, UpstreamEvents.class})
class AuditTrailIT extends AgainstPointsService {

    private static final String MEMBER = "M0000005";

    @Autowired
    MemberRequests member;
    @Autowired
    UpstreamEvents upstream;

    @Test
    void theMembersApplicationIsOnTheTrailWithActorJourneyAndCause() {
        upstream.registerCountedPoints(POINTS_SERVICE, MEMBER, "10");
        member.awaitCountedPoints(MEMBER, "10.0");
        assertThat(member.apply(MEMBER, "2027.1").getStatusCode()).isEqualTo(HttpStatus.CREATED);

        JsonNode applied = await().atMost(Duration.ofSeconds(20)).until(() -> entries(""), entries -> entries.stream()
                .anyMatch(e -> e.path("type").asText().equals("RenewalAppliedEvent"))).stream()
                .filter(e -> e.path("type").asText().equals("RenewalAppliedEvent")).findFirst().orElseThrow();
        assertThat(applied.path("actor").asText()).isEqualTo("member:" + MEMBER);
        assertThat(applied.path("correlationId").asText()).isNotBlank();
        assertThat(applied.path("causationId").asText()).as("the member's request").isNotBlank();
        assertThat(applied.path("service").asText()).isEqualTo("renewal-service");
        assertThat(applied.path("aggregateId").asText()).isEqualTo("2027-" + MEMBER);
        assertThat(applied.path("payload").path("renewalId").asText()).isEqualTo("2027-" + MEMBER);

        assertThat(entries("?asOf=2027-04-01T00:00:00Z")).as("nothing had happened by then").isEmpty();
        ResponseEntity<JsonNode> asMember = member.exchange(HttpMethod.GET, "/internal/audit/" + MEMBER, null,
                Identity.member(MEMBER));
        assertThat(asMember.getStatusCode()).as("services only").isEqualTo(HttpStatus.FORBIDDEN);
    }

    private List<JsonNode> entries(String query) {
        ResponseEntity<JsonNode> trail = member.exchange(HttpMethod.GET, "/internal/audit/" + MEMBER + query, null,
                Identity.service("gateway"));
        assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> entries = new ArrayList<>();
        trail.getBody().forEach(entries::add);
        return entries;
    }
}
