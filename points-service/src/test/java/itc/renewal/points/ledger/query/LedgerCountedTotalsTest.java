package itc.renewal.points.ledger.query;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.points.ledger.api.CountedTotalView;
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

    private static DomainEventMessage<PointsRegisteredEvent> registered(long sequence, int fiscalYear, String total) {
        PointsRegisteredEvent event = new PointsRegisteredEvent("M0000001", "e" + sequence,
                LocalDate.of(fiscalYear, 10, 1), fiscalYear, "SELF_STUDY", "研修", new BigDecimal("1.0"),
                new BigDecimal(total), null, null, new BigDecimal("1.0"), null);
        return new GenericDomainEventMessage<>("PointLedger", "M0000001", sequence, event);
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
}
