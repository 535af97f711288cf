package itc.renewal.renewal.settings.query;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.procedure.domain.FiscalYearSettings;
import itc.renewal.renewal.procedure.domain.RenewalPolicy;
import itc.renewal.renewal.procedure.domain.RenewalSettings;
import itc.renewal.renewal.procedure.domain.RenewalWindow;
import itc.renewal.renewal.procedure.domain.Terms;
import itc.renewal.renewal.settings.api.EffectiveRenewalSettings;
import itc.renewal.renewal.settings.domain.RenewalSettingsAdministration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Per-FY settings stored by operators (table {@code renewal_settings}), falling back to the configured
 * {@link RenewalPolicy}; each change also goes to {@code renewal_settings_history} in the same transaction.
 */
@Repository
class RenewalSettingsTable implements RenewalSettings, RenewalSettingsAdministration {

    /** First key of the advisory lock that serialises changes of one FY (so "old" in the history is exact). */
    private static final int LOCK_CLASS = 0x52534554;

    private final JdbcTemplate jdbc;
    private final RenewalPolicy defaults;

    RenewalSettingsTable(JdbcTemplate jdbc, RenewalPolicy defaults) {
        this.jdbc = jdbc;
        this.defaults = defaults;
    }

    @Override
    public FiscalYearSettings forFiscalYear(FiscalYear year) {
        return find(year).settings();
    }

    @Override
    public EffectiveRenewalSettings find(FiscalYear year) {
        return stored(year).orElseGet(() -> EffectiveRenewalSettings.byDefault(defaults.defaultsFor(year)));
    }

    @Override
    @Transactional
    public EffectiveRenewalSettings change(FiscalYearSettings settings, String operator) {
        int year = settings.fiscalYear().year();
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rs -> { }, LOCK_CLASS, year);
        EffectiveRenewalSettings before = find(settings.fiscalYear());
        jdbc.update("""
                        insert into renewal_settings (fiscal_year, opens_at, closes_at, fee_amount, terms_version,
                                                      terms_text, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?, now(), ?)
                        on conflict (fiscal_year) do update set opens_at = excluded.opens_at,
                            closes_at = excluded.closes_at, fee_amount = excluded.fee_amount,
                            terms_version = excluded.terms_version, terms_text = excluded.terms_text,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                year, opens(settings), closes(settings), settings.fee(), settings.terms().version(),
                settings.terms().text(), operator);
        FiscalYearSettings old = before.settings();
        jdbc.update("""
                        insert into renewal_settings_history (fiscal_year, changed_at, changed_by, old_source,
                            old_opens_at, old_closes_at, old_fee_amount, old_terms_version, old_terms_text,
                            new_opens_at, new_closes_at, new_fee_amount, new_terms_version, new_terms_text)
                        values (?, now(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                year, operator, before.source().name(), opens(old), closes(old), old.fee(), old.terms().version(),
                old.terms().text(), opens(settings), closes(settings), settings.fee(), settings.terms().version(),
                settings.terms().text());
        return stored(settings.fiscalYear()).orElseThrow();
    }

    private Optional<EffectiveRenewalSettings> stored(FiscalYear year) {
        RowMapper<EffectiveRenewalSettings> row = (rs, n) -> new EffectiveRenewalSettings(
                new FiscalYearSettings(new RenewalWindow(year,
                        rs.getObject("opens_at", OffsetDateTime.class).toZonedDateTime(),
                        rs.getObject("closes_at", OffsetDateTime.class).toZonedDateTime()),
                        rs.getBigDecimal("fee_amount"),
                        new Terms(rs.getString("terms_version"), rs.getString("terms_text"))),
                EffectiveRenewalSettings.Source.STORED,
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
        return jdbc.query("select * from renewal_settings where fiscal_year = ?", row, year.year()).stream()
                .findFirst();
    }

    private static OffsetDateTime opens(FiscalYearSettings settings) {
        return settings.window().opensAt().toOffsetDateTime();
    }

    private static OffsetDateTime closes(FiscalYearSettings settings) {
        return settings.window().closesAt().toOffsetDateTime();
    }
}
