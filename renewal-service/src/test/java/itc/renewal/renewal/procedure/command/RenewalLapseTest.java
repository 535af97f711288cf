package itc.renewal.renewal.procedure.command;

import itc.renewal.renewal.procedure.api.CompleteRenewalCommand;
import itc.renewal.renewal.procedure.api.LapseRenewalCommand;
import itc.renewal.renewal.procedure.api.RenewalLapsedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static itc.renewal.platformtest.Rejections.rejection;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.WINDOW_CLOSES;
import static itc.renewal.renewal.procedure.RenewalTestData.feePaymentRecorded;
import static itc.renewal.renewal.procedure.RenewalTestData.paidRenewalApplied;
import static itc.renewal.renewal.procedure.RenewalTestData.renewalCompleted;
import static itc.renewal.renewal.procedure.RenewalTestData.reportRecorded;
import static itc.renewal.renewal.procedure.command.JourneyFixture.PAYING_CERTIFICATE;
import static itc.renewal.renewal.procedure.command.JourneyFixture.lapsed;

/** Rules C3 and Q6 for an applied renewal: incomplete when the window closes, it lapses, once and for good. */
class RenewalLapseTest {

    private final AggregateTestFixture<Renewal> fixture = JourneyFixture.onApril10();

    /** Q6: the qualification ends at its current expiry, 31 May 2027 for the demo holder. */
    @Test
    void c3_lapsesWhenIncompleteAtWindowEnd() {
        fixture.given(paidRenewalApplied(), feePaymentRecorded())
                .when(new LapseRenewalCommand(PAYING_RENEWAL, WINDOW_CLOSES))
                .expectEvents(new RenewalLapsedEvent(PAYING_RENEWAL, PAYING, 2027, LocalDate.of(2027, 5, 31),
                        WINDOW_CLOSES, true));
    }

    @Test
    void c3_noLapseAfterCompletion() {
        fixture.given(paidRenewalApplied(), feePaymentRecorded(), reportRecorded(PAYING_RENEWAL, PAYING),
                        renewalCompleted(PAYING_RENEWAL, PAYING, PAYING_CERTIFICATE))
                .when(new LapseRenewalCommand(PAYING_RENEWAL, WINDOW_CLOSES))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c3_aDuplicateLapseIsHarmless() {
        fixture.given(paidRenewalApplied(), lapsed())
                .when(new LapseRenewalCommand(PAYING_RENEWAL, WINDOW_CLOSES))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    /** Q6: steps recorded after the lapse (a late payment, a redelivered report) never complete it. */
    @Test
    void q6_noCompletionAfterLapse() {
        fixture.given(paidRenewalApplied(), lapsed(), feePaymentRecorded(), reportRecorded(PAYING_RENEWAL, PAYING))
                .when(new CompleteRenewalCommand(PAYING_RENEWAL))
                .expectException(rejection(409, "renewal.lapsed"))
                .expectExceptionMessage("2027年度の資格更新は、受付期間内に手続きが完了しなかったため失効しました。"
                        + "資格の再取得については協会にお問い合わせください。")
                .expectNoEvents();
    }
}
