package itc.renewal.points.catalogue;

import itc.renewal.platform.clock.FiscalYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The operator-maintained catalogue in table {@code point_category} (one row per fiscal year and
 * code). A change applies to registrations made after it; recorded entries keep their counted values.
 */
@Repository
public class JdbcCategoryCatalogues implements CategoryCatalogues {

    private static final RowMapper<PointCategory> CATEGORY = (row, i) -> new PointCategory(row.getString("code"),
            row.getString("name_ja"), CategoryUnit.valueOf(row.getString("unit")), row.getBigDecimal("hours_per_point"),
            row.getBigDecimal("cap_per_fy"), row.getBoolean("member_registrable"));

    private final JdbcTemplate jdbc;

    JdbcCategoryCatalogues(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CategoryCatalogue forFiscalYear(FiscalYear fiscalYear) {
        return new CategoryCatalogue(rowsOf(definingYear(fiscalYear)));
    }

    /** The fiscal year whose rows apply to {@code fiscalYear} (itself or the latest earlier year). */
    public int definingYear(FiscalYear fiscalYear) {
        List<Integer> defined = jdbc.queryForList("select distinct fiscal_year from point_category", Integer.class);
        return CatalogueYears.definingYear(fiscalYear.year(), defined)
                .orElseThrow(() -> new IllegalStateException("the category catalogue is empty"));
    }

    /**
     * Adds or replaces one category of a fiscal year. A year not defined yet first receives a copy
     * of the catalogue it fell back to, so that changing one category keeps all the others.
     */
    @Transactional
    public void save(FiscalYear fiscalYear, PointCategory category) {
        int source = definingYear(fiscalYear);
        if (source != fiscalYear.year()) {
            jdbc.update("""
                    insert into point_category (fiscal_year, code, name_ja, unit, hours_per_point, cap_per_fy,
                                                member_registrable, display_order)
                    select ?, code, name_ja, unit, hours_per_point, cap_per_fy, member_registrable, display_order
                    from point_category where fiscal_year = ?
                    on conflict (fiscal_year, code) do nothing""", fiscalYear.year(), source);
        }
        jdbc.update("""
                insert into point_category (fiscal_year, code, name_ja, unit, hours_per_point, cap_per_fy,
                                            member_registrable)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (fiscal_year, code) do update set name_ja = excluded.name_ja, unit = excluded.unit,
                    hours_per_point = excluded.hours_per_point, cap_per_fy = excluded.cap_per_fy,
                    member_registrable = excluded.member_registrable""",
                fiscalYear.year(), category.code(), category.name(), category.unit().name(), category.hoursPerPoint(),
                category.annualCap(), category.memberRegistrable());
    }

    private List<PointCategory> rowsOf(int fiscalYear) {
        return jdbc.query("select * from point_category where fiscal_year = ? order by display_order, code",
                CATEGORY, fiscalYear);
    }
}
