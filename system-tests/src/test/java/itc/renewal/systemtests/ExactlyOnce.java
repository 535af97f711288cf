package itc.renewal.systemtests;

import itc.renewal.embedded.stack.TopicRecords;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the fault and several-instance tests check after their journeys: each member's renewal took effect once —
 * one RenewalCompleted, one certificate, one result e-mail, one paid fee (paying members) — and nothing of theirs
 * was parked on a dead-letter topic. Events are counted by their distinct ids: a record relayed twice with the same
 * id is one event (subscribers drop the repeat).
 */
final class ExactlyOnce {

    private ExactlyOnce() {
    }

    static void assertEachRenewedOnce(List<String> members, List<String> paying) {
        assertThat(distinctIdsByMember("itc.renewal.events", "renewal.RenewalCompleted.v1", members))
                .as("one RenewalCompleted each").containsOnlyKeys(members).allSatisfy((m, ids) -> assertThat(ids)
                        .isEqualTo(1));
        assertThat(distinctIdsByMember("itc.notification.events", "certificate.CertificateIssued.v1", members))
                .as("one certificate each").containsOnlyKeys(members).allSatisfy((m, ids) -> assertThat(ids)
                        .isEqualTo(1));
        assertThat(distinctIdsByMember("itc.payment.events", "payment.FeePaid.v1", members))
                .as("one fee paid by each paying member").containsOnlyKeys(paying).allSatisfy((m, ids) ->
                        assertThat(ids).isEqualTo(1));
        for (String member : members) {
            assertThat(Journey.mailTo(member.toLowerCase() + "@example.jp", "資格更新完了")).as(member).hasSize(1);
        }
    }

    /** Per member (the record key), how many events of {@code type} with distinct ids {@code topic} holds. */
    static Map<String, Long> distinctIdsByMember(String topic, String type, List<String> members) {
        return RunningStack.topic(topic).ofType(type).stream().filter(e -> members.contains(e.key()))
                .collect(Collectors.groupingBy(TopicReader.Event::key,
                        Collectors.mapping(TopicReader.Event::id, Collectors.collectingAndThen(Collectors.toSet(),
                                ids -> (long) ids.size()))));
    }

    /** The records of these members on any dead-letter topic ({@code error.…}). */
    static List<String> parkedRecordsOf(List<String> members) {
        String bootstrap = RunningStack.stack().kafkaBootstrapServers();
        return TopicRecords.topics(bootstrap).stream().filter(topic -> topic.startsWith("error."))
                .flatMap(topic -> RunningStack.topic(topic).readAll().stream()
                        .filter(e -> members.contains(e.key())).map(e -> topic + " " + e.type() + " " + e.id()))
                .toList();
    }
}
