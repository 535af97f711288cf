package itc.renewal.points.catalogue;

import java.util.Collection;
import java.util.Optional;

/**
 * Which fiscal year's rows define the catalogue of a year (P2): the year itself if the operator
 * defined it, otherwise the latest earlier year. A year before every defined one takes the
 * earliest, so that an old activity date still meets the categories it was registered under.
 */
public final class CatalogueYears {

    private CatalogueYears() {
    }

    public static Optional<Integer> definingYear(int fiscalYear, Collection<Integer> definedYears) {
        Optional<Integer> latestNotAfter = definedYears.stream().filter(year -> year <= fiscalYear)
                .max(Integer::compare);
        return latestNotAfter.isPresent() ? latestNotAfter : definedYears.stream().min(Integer::compare);
    }
}
