package itc.renewal.points.ledger.query;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.points.ledger.api.CountedTotalView;
import itc.renewal.points.ledger.api.PointsEntryCorrectedEvent;
import itc.renewal.points.ledger.api.PointsEntryWithdrawnEvent;
import itc.renewal.points.ledger.api.PointsFiscalYearLockedEvent;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule P5: the consistent counted total is read from the ledger's own events. */
class LedgerCountedTotalsTest {

    private static final FiscalYear FY2026 = FiscalYear.of(2026);

    private static DomainEventMessage<?> message(long sequence, Object event) {
        return new GenericDomainEventMessage<>("PointLedger", "M0000001", sequence, event);
    }

    private static DomainEventMessage<?> registered(long sequence, int fiscalYear, String total) {
        return message(sequence, new PointsRegisteredEvent("M0000001", "e" + sequence,
                LocalDate.of(fiscalYear, 10, 1), fiscalYear, "SELF_STUDY", "研修", new BigDecimal("1.0"),
                new BigDecimal(total), null, null, new BigDecimal("1.0"), null, false));
    }

    private static DomainEventMessage<?> corrected(long sequence, int fiscalYear, String total, int previousYear,
                                                   String previousTotal) {
        return message(sequence, new PointsEntryCorrectedEvent("M0000001", "e0", LocalDate.of(fiscalYear, 10, 1),
                fiscalYear, "SELF_STUDY", "研修", new BigDecimal("1.0"), null, null, null, null, previousYear,
                new BigDecimal(total), new BigDecimal(previousTotal)));
    }

    @Test
    void p5_countedTotalIsTheLastRegistrationOfTheYearWithTheLedgersLastSequence() {
        CountedTotalView view = LedgerCountedTotals.tally("M0000001", FY2026, List.of(
                registered(0, 2026, "6.0"), registered(1, 2026, "10.0"), registered(2, 2025, "3.0")).iterator());

        assertThat(view.countedTotal()).isEqualByComparingTo("10");
        assertThat(view.ledgerSequence()).isEqualTo(2L);
        assertThat(view.fiscalYear()).isEqualTo(2026);
    }

    @Test
    void p5_aMemberWithoutLedgerHasZero() {
        CountedTotalView view = LedgerCountedTotals.tally("M0000009", FY2026, List.<DomainEventMessage<?>>of().iterator());

        assertThat(view.countedTotal()).isEqualByComparingTo("0");
        assertThat(view.ledgerSequence()).isNull();
    }

    @Test
    void p5_aYearWithoutEntriesHasZeroButKeepsTheSequence() {
        CountedTotalView view = LedgerCountedTotals.tally("M0000001", FY2026, List.of(registered(0, 2025, "4.0")).iterator());

        assertThat(view.countedTotal()).isEqualByComparingTo("0");
        assertThat(view.ledgerSequence()).isEqualTo(0L);
    }

    @Test
    void p3_aCorrectionSetsTheTotalsOfTheYearItLeftAndTheYearItJoined() {
        List<DomainEventMessage<?>> events = List.of(registered(0, 2026, "10.0"), registered(1, 2025, "2.0"),
                corrected(2, 2025, "3.0", 2026, "9.0"));

        assertThat(LedgerCountedTotals.tally("M0000001", FY2026, events.iterator()).countedTotal())
                .isEqualByComparingTo("9");
        assertThat(LedgerCountedTotals.tally("M0000001", FiscalYear.of(2025), events.iterator()).countedTotal())
                .isEqualByComparingTo("3");
    }

    @Test
    void p3_aWithdrawalLowersTheTotalAndALockKeepsItWithTheLastSequence() {
        CountedTotalView view = LedgerCountedTotals.tally("M0000001", FY2026, List.of(registered(0, 2026, "10.0"),
                message(1, new PointsEntryWithdrawnEvent("M0000001", "e0", 2026, new BigDecimal("4.0"), null)),
                message(2, new PointsFiscalYearLockedEvent("M0000001", 2026, 2027))).iterator());

        assertThat(view.countedTotal()).isEqualByComparingTo("4");
        assertThat(view.ledgerSequence()).isEqualTo(2L);
    }
}
