package itc.renewal.points.ledger.domain;

import java.math.BigDecimal;
import java.util.Optional;

/** A ledger event that sets the counted total of one or two fiscal years (rules P2, P3, P5). */
public interface CountedTotalChange {

    /** The counted total of {@code fiscalYear} after this event; empty if the event leaves that year alone. */
    Optional<BigDecimal> countedTotalFor(int fiscalYear);
}
