package itc.renewal.points;

import itc.renewal.contracts.holders.v1.HolderContactChanged;
import itc.renewal.contracts.holders.v1.HolderRegistered;
import itc.renewal.platformtest.ServiceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static itc.renewal.points.PointsServiceDriver.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rule P6 end to end: points-service learns each holder's 認定年月 from the registry's holders topic and refuses points
 * dated before it, to the member and in the association's import alike. Business date 2027-04-10 (FY2027); a
 * consumer group of its own, so the other ITs' cached contexts do not take the records this one sends.
 */
@ServiceIT(properties = {
        "platform.clock.start=2027-04-10T09:00:00+09:00",
        "spring.cloud.stream.bindings.holderEventsListener-in-0.group=points-service-holder-certification-it"})
@Import(PointsServiceDriver.class)
class HolderCertificationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    PointsServiceDriver driver;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void p6_pointsDatedBeforeTheHoldersCertificationAreRefused() throws Exception {
        String member = "M0000031";
        // Before the registry announced the holder only the calendar applies.
        assertThat(driver.post(member, entry("2026-09-30", "SELF_STUDY", "1")).statusCode()).isEqualTo(201);
        UUID registered = UUID.randomUUID();
        driver.produce("itc.holders", member, registered, new HolderRegistered(registered, Instant.now(), member,
                "新規 花子", "シンキ ハナコ", "hanako@example.jp", "0000009031C", "2026-10"));
        await().atMost(PATIENCE).until(() -> certifiedIn(member) != null);

        var refused = driver.post(member, entry("2026-09-30", "SELF_STUDY", "1"));

        driver.assertProblem(refused, 400, "points.activity-date-before-certification");
        assertThat(driver.read(refused).get("detail").asText()).contains("認定年月（2026年10月）より前");
        assertThat(driver.post(member, entry("2026-10-01", "SELF_STUDY", "1")).statusCode()).isEqualTo(201);
        assertThat(driver.importRow(member + ",2026-09-15,ASSOCIATION_TRAINING_CLASSROOM,4,,認定前の研修"))
                .isEqualTo(422);
    }

    @Test
    void p6_aContactChangeCarriesTheMonthAndARecordWithoutItChangesNothing() throws Exception {
        String member = "M0000032";
        UUID changed = UUID.randomUUID();
        driver.produce("itc.holders", member, changed, new HolderContactChanged(changed, Instant.now(), member,
                "変更 次郎", "ヘンコウ ジロウ", "jiro@example.jp", "0000009032C", "2026-07"));
        await().atMost(PATIENCE).until(() -> "2026-07-01".equals(certifiedIn(member)));
        UUID older = UUID.randomUUID();
        driver.produce("itc.holders", member, older, new HolderContactChanged(older, Instant.now(), member,
                "変更 次郎", "ヘンコウ ジロウ", "jiro2@example.jp", "0000009032C", null));
        await().atMost(PATIENCE).until(() -> processed(older));

        assertThat(certifiedIn(member)).isEqualTo("2026-07-01");
        driver.assertProblem(driver.post(member, entry("2026-06-30", "SELF_STUDY", "1")), 400,
                "points.activity-date-before-certification");
    }

    private String certifiedIn(String member) {
        return jdbc.query("select certified_in::text from member_certification where member_id = ?",
                (row, i) -> row.getString(1), member).stream().findFirst().orElse(null);
    }

    private boolean processed(UUID eventId) {
        return jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Integer.class,
                eventId) == 1;
    }
}
