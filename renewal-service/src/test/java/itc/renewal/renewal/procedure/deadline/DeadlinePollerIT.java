package itc.renewal.renewal.procedure.deadline;

import itc.renewal.renewal.procedure.RenewalTestData;
import itc.renewal.renewal.procedure.api.LapseRenewalCommand;
import itc.renewal.renewal.procedure.api.SendRenewalReminderCommand;
import itc.renewal.renewal.procedure.domain.FiscalYearSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

import static itc.renewal.renewal.procedure.RenewalTestData.FOURTEEN_DAYS_BEFORE;
import static itc.renewal.renewal.procedure.RenewalTestData.WINDOW_CLOSES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the durable scheduler of renewal deadlines (C2, C3) fires, on real PostgreSQL with the service's
 * migrations: due by business time (D2), never once cancelled, later when the window was extended (Q5).
 */
class DeadlinePollerIT {

    private DeadlinePollers pollers;

    @BeforeEach
    void database() {
        pollers = new DeadlinePollers();
    }

    @Test
    void d2_nothingFiresBeforeItsBusinessTimeAndFiresOnceTheClockMovesPastIt() {
        pollers.scheduleBoth("2027-M0000001");
        DeadlinePoller poller = pollers.instance();

        assertThat(poller.fireDue()).isZero();
        pollers.clock.setNow(FOURTEEN_DAYS_BEFORE.plusSeconds(1));
        assertThat(poller.fireDue()).isEqualTo(1);
        pollers.clock.setNow(WINDOW_CLOSES);

        assertThat(poller.fireDue()).isEqualTo(1);
        assertThat(pollers.sent).containsExactly(
                new SendRenewalReminderCommand("2027-M0000001", "14-days", FOURTEEN_DAYS_BEFORE),
                new LapseRenewalCommand("2027-M0000001", WINDOW_CLOSES));
    }

    /** Saga events may be redelivered; a completed renewal's deadlines never fire. */
    @Test
    void c1_schedulingTwiceKeepsOneAndCancelledDeadlinesNeverFire() {
        pollers.scheduleBoth("2027-M0000004");
        pollers.scheduleBoth("2027-M0000004");
        pollers.scheduleBoth("2027-M0000005");
        pollers.deadlines.cancelAll("2027-M0000005");
        pollers.scheduleBoth("2027-M0000005");
        pollers.clock.setNow(WINDOW_CLOSES);

        assertThat(pollers.instance().fireDue()).isEqualTo(2);
        assertThat(pollers.sent).containsExactly(
                new SendRenewalReminderCommand("2027-M0000004", "14-days", FOURTEEN_DAYS_BEFORE),
                new LapseRenewalCommand("2027-M0000004", WINDOW_CLOSES));
    }

    /** Q5: an operator extended the window to 30 June after the renewal was applied; its deadlines follow. */
    @Test
    void q5_anExtensionOfTheWindowMovesItsDueDeadlinesLater() {
        Instant july1 = OffsetDateTime.parse("2027-07-01T00:00:00+09:00").toInstant();
        pollers.scheduleBoth("2027-M0000006");
        pollers.settings.set(FiscalYearSettings.of(RenewalTestData.FY2027,
                OffsetDateTime.parse("2027-04-01T00:00:00+09:00"), OffsetDateTime.parse("2027-07-01T00:00:00+09:00"),
                new BigDecimal("22000"), "2027.1", "規約"));
        pollers.clock.setNow(WINDOW_CLOSES);

        assertThat(pollers.instance().fireDue()).as("moved, not fired").isEqualTo(2);
        assertThat(pollers.sent).isEmpty();
        pollers.clock.setNow(july1);

        assertThat(pollers.instance().fireDue()).isEqualTo(2);
        assertThat(pollers.sent).containsExactly(
                new SendRenewalReminderCommand("2027-M0000006", "14-days",
                        OffsetDateTime.parse("2027-06-17T00:00:00+09:00").toInstant()),
                new LapseRenewalCommand("2027-M0000006", july1));
    }
}
