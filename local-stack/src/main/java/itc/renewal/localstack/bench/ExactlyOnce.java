package itc.renewal.localstack.bench;

import itc.renewal.embedded.stack.TopicRecords;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * After a run with faults: for how many members each outcome did not happen exactly once — RenewalCompleted,
 * CertificateIssued, the result e-mail, the fee paid (paying members) — and how many of their records are parked
 * on a dead-letter topic. All zero is the goal.
 */
final class ExactlyOnce {

    private ExactlyOnce() {
    }

    static Map<String, Object> check(List<BenchPopulation.Member> members, Milestones milestones,
                                     ActivationMails mails, String kafka) {
        Map<String, Object> off = new LinkedHashMap<>();
        off.put("renewal_completed_not_once", count(members, m -> milestones.factsOf(Milestones.COMPLETED, m.id())));
        off.put("certificate_issued_not_once", count(members, m -> milestones.factsOf(Milestones.CERTIFIED, m.id())));
        off.put("result_mail_not_once", count(members, m -> mails.resultMailsOf(m.id())));
        off.put("fee_paid_not_once", count(members.stream().filter(m -> !m.firstRenewal()).toList(),
                m -> milestones.factsOf(Milestones.PAID, m.id())));
        off.put("fee_paid_by_free_renewals", members.stream().filter(BenchPopulation.Member::firstRenewal)
                .filter(m -> milestones.factsOf(Milestones.PAID, m.id()) > 0).count());
        off.put("dead_letters", deadLetters(members, kafka));
        return off;
    }

    private static long count(List<BenchPopulation.Member> members,
                              ToIntFunction<BenchPopulation.Member> facts) {
        return members.stream().filter(m -> facts.applyAsInt(m) != 1).count();
    }

    private static long deadLetters(List<BenchPopulation.Member> members, String kafka) {
        Set<String> ids = members.stream().map(BenchPopulation.Member::id).collect(Collectors.toSet());
        return TopicRecords.topics(kafka).stream().filter(topic -> topic.startsWith("error."))
                .mapToLong(topic -> TopicRecords.readAll(kafka, topic, Duration.ofSeconds(20)).stream()
                        .filter(record -> ids.contains(record.key())).count())
                .sum();
    }
}
