package itc.renewal.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Holders for the load tests (faults, several instances): imported by the association with 20 points each, their
 * accounts activated; every fifth renews for the first time (certified in October 2026: free, Q4). Their journeys
 * ({@link ResilientJourney}) start one every few seconds, so they run across what the test does meanwhile.
 */
final class RenewingMembers {

    private final List<String> ids = new ArrayList<>();
    private final Map<String, String> renewals = new ConcurrentHashMap<>();
    private final List<Future<?>> journeys = new ArrayList<>();
    private ScheduledExecutorService driver;

    /** Imports {@code count} holders numbered from {@code first} (M0009100 …) and activates their accounts. */
    static RenewingMembers imported(int first, int count) {
        RenewingMembers members = new RenewingMembers();
        StringBuilder holders = new StringBuilder(Journey.HOLDER_HEADER);
        StringBuilder points = new StringBuilder("member_id,activity_date,category,hours,points,title\n");
        for (int i = 0; i < count; i++) {
            String member = "M%07d".formatted(first + i);
            members.ids.add(member);
            String certifiedIn = paysNothing(i) ? "2026-10" : "2016-03";
            holders.append(Journey.holderRow(member, "%010dF".formatted(first + i), certifiedIn, "2027-05-31"));
            points.append(member).append(",2026-11-01,ASSOCIATION_TRAINING_CLASSROOM,20,,負荷試験の研修\n");
        }
        assertThat(RunningStack.operator().postCsv("/api/operator/qualifications/imports", holders.toString())
                .status()).isEqualTo(200);
        assertThat(RunningStack.operator().postCsv("/api/operator/points/imports", points.toString()).status())
                .isEqualTo(200);
        // accounts activated before the load (the activation mail is not what these tests are about)
        members.ids.forEach(member -> assertThat(RunningStack.as(member).get("/api/qualifications/me").status())
                .isEqualTo(200));
        return members;
    }

    /** Every fifth member renews for the first time: free, no payment (Q4). */
    private static boolean paysNothing(int index) {
        return index % 5 == 4;
    }

    List<String> ids() {
        return ids;
    }

    List<String> paying() {
        return ids.stream().filter(m -> !paysNothing(ids.indexOf(m))).toList();
    }

    /** Starts the journeys of {@code members} (some of {@link #ids()}), one every {@code spread}, at a time. */
    void startJourneys(List<String> members, Duration spread, int atATime, Duration patience) {
        driver = Executors.newScheduledThreadPool(atATime);
        for (int i = 0; i < members.size(); i++) {
            String member = members.get(i);
            boolean pays = !paysNothing(ids.indexOf(member));
            journeys.add(driver.schedule(() -> renewals.put(member,
                    new ResilientJourney(RunningStack.as(member), patience).run(pays)), spread.toMillis() * i,
                    TimeUnit.MILLISECONDS));
        }
    }

    /** Waits for every journey started and asserts each came through with its member's renewal. */
    void awaitJourneys(Duration patience) throws Exception {
        for (Future<?> journey : journeys) {
            journey.get(patience.toSeconds(), TimeUnit.SECONDS);
        }
        driver.shutdown();
        assertThat(renewals).as("every journey came through").hasSize(journeys.size())
                .allSatisfy((member, renewalId) -> assertThat(renewalId).isEqualTo("2027-" + member));
    }

    /** Waits until each of {@code members} reads their renewal COMPLETED. */
    static void awaitCompleted(List<String> members) {
        for (String member : members) {
            await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(RunningStack.as(member)
                    .get("/api/renewals/2027").text("status")).as(member).isEqualTo("COMPLETED"));
        }
    }
}
