package itc.renewal.systemtests;

import itc.renewal.embedded.stack.TopicRecords;
import itc.renewal.systemtests.GatewayClient.Reply;
import itc.renewal.systemtests.TopicReader.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A subscriber outside the product reads every record on every public topic after a full journey and finds each one
 * as {@code docs/asyncapi.yaml} and the schemas in the contracts jar describe it (issue 10).
 */
@ExtendWith(RunningStack.class)
class PublishedContractsIT {

    private static final List<String> TOPICS = List.of("itc.points.events", "itc.renewal.events",
            "itc.payment.events", "itc.activity-report.events", "itc.notification.events", "itc.holders");

    @Test
    void everyPublishedRecordValidatesAgainstItsPublishedSchema() {
        String memberId = "M0000031";
        Journey.importHolder(memberId, "0000003031C", "2016-03", "2027-05-31");
        GatewayClient member = RunningStack.as(memberId);
        Reply spare = Journey.registerPoints(member, "2026-05-10", "SELF_STUDY", "2");
        assertThat(spare.status()).as(spare.toString()).isEqualTo(201);
        assertThat(member.post("/api/points/entries/" + spare.text("entryId") + "/withdrawal",
                "{\"reason\":\"重複登録\"}").status()).isEqualTo(200);
        String renewalId = Journey.applyAndAwaitOrder(member, "2026-06-10", "CASE_PRESENTATION");
        assertThat(Journey.payByCard(member, renewalId, "4000000000000002").status()).as("declined").isEqualTo(402);
        assertThat(Journey.payByCard(member, renewalId, "4242424242424242").status()).isEqualTo(200);
        Journey.awaitReportOpen(member);
        assertThat(Journey.submitReport(member).status()).isEqualTo(201);
        Journey.awaitStatus(member, "COMPLETED");
        await("the journey's events on their topics").atMost(Journey.ASYNC).until(() -> RunningStack
                .topic("itc.renewal.events").readAll().stream()
                .anyMatch(e -> e.key().equals(memberId) && e.type().equals("renewal.RenewalCompleted.v1")));
        await("the certificate issued, from notification-service's outbox").atMost(Journey.ASYNC).until(() ->
                RunningStack.topic("itc.notification.events").readAll().stream()
                        .anyMatch(e -> e.key().equals(memberId)
                                && e.type().equals("certificate.CertificateIssued.v1")));

        PublishedSchemas schemas = new PublishedSchemas();
        List<String> problems = new ArrayList<>();
        Set<String> typesOfThisMember = new TreeSet<>();
        Map<String, String> actors = new TreeMap<>();
        Set<String> journeys = new TreeSet<>();
        int records = 0;
        Map<String, Map<String, Long>> sequences = new TreeMap<>();
        for (String topic : TOPICS) {
            for (Event event : RunningStack.topic(topic).readAll()) {
                String sequence = event.headers().get("ce_membersequence");
                if (sequence != null && !topic.equals("itc.holders")) { // compaction may leave gaps there
                    Long earlier = sequences.computeIfAbsent(topic + " " + event.source() + " " + event.key(),
                            stream -> new TreeMap<>()).put(event.id(), Long.parseLong(sequence));
                    if (earlier != null && earlier != Long.parseLong(sequence)) {
                        problems.add(event.id() + " on " + topic + " came with two member sequences");
                    }
                }
                if (event.body() == null) {
                    continue; // a tombstone erases a holder; it has no payload to validate
                }
                records++;
                problems.addAll(schemas.problems(event));
                if (event.key().equals(memberId)) {
                    typesOfThisMember.add(event.type());
                    actors.put(event.type(), event.headers().get("ce_actor"));
                    if (!event.type().startsWith("holders.")) {
                        journeys.add(event.headers().get("ce_correlationid"));
                    }
                }
            }
        }
        sequences.forEach((stream, byId) -> {
            List<Long> numbers = byId.values().stream().sorted().toList();
            if (!numbers.equals(java.util.stream.LongStream.rangeClosed(1, numbers.size()).boxed().toList())) {
                problems.add(stream + ": member sequences " + numbers + " are not 1, 2, 3 … without gaps");
            }
        });
        assertThat(sequences).as("records carry member sequences").isNotEmpty();
        assertThat(problems).as("records departing from the published contracts").isEmpty();
        assertThat(records).isGreaterThanOrEqualTo(typesOfThisMember.size());
        assertThat(typesOfThisMember).contains("holders.HolderRegistered.v1", "points.PointsRegistered.v1",
                "points.PointsEntryWithdrawn.v1", "points.PointsFiscalYearLocked.v1", "renewal.RenewalApplied.v1",
                "payment.PaymentMethodChosen.v1", "payment.CardPaymentDeclined.v1", "payment.FeePaid.v1",
                "report.ReportSubmitted.v1", "renewal.RenewalCompleted.v1", "certificate.CertificateIssued.v1");
        // who caused each fact (issue 10: audit metadata on every record)
        assertThat(actors).containsEntry("points.PointsRegistered.v1", "member:" + memberId)
                .containsEntry("points.PointsEntryWithdrawn.v1", "member:" + memberId)
                .containsEntry("renewal.RenewalApplied.v1", "member:" + memberId)
                .containsEntry("payment.FeePaid.v1", "member:" + memberId)
                .containsEntry("payment.CardPaymentDeclined.v1", "member:" + memberId)
                .containsEntry("report.ReportSubmitted.v1", "member:" + memberId)
                .containsEntry("renewal.RenewalCompleted.v1", "system:renewal-service")
                .containsEntry("certificate.CertificateIssued.v1", "system:notification-service");
        assertThat(actors.get("holders.HolderRegistered.v1")).startsWith("operator:");
        assertThat(journeys).as("each request starts a journey; none is missing").doesNotContainNull().hasSizeGreaterThan(1);
    }

    @Test
    void theBrokerHoldsExactlyTheTopicsTheComposeFileCreates() throws Exception {
        Set<String> compose = new TreeSet<>();
        Matcher create = Pattern.compile("\\bt --topic (\\S+)").matcher(Files.readString(Path.of("..", "docker-compose.yml")));
        while (create.find()) {
            compose.add(create.group(1));
        }
        Set<String> broker = new TreeSet<>(TopicRecords.topics(RunningStack.stack().kafkaBootstrapServers()));
        broker.removeIf(topic -> topic.startsWith("__"));
        assertThat(broker).as("every service provisioned its topics and dead-letter topics at start").isEqualTo(compose);
    }
}
