package itc.renewal.platform.web;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;
import org.springframework.core.convert.converter.Converter;

/**
 * A fiscal year named in a request (D1): controllers take {@code @PathVariable FiscalYear fiscalYear} (or a request
 * parameter) and get one the calendar knows, or the member gets 400 {@code request.fiscal-year-invalid} saying
 * what to write (P6). Request bodies check their fiscal years with {@link #requested(Integer)}.
 */
public final class FiscalYearParameter implements Converter<String, FiscalYear> {

    public static final String INVALID = "request.fiscal-year-invalid";

    /** A blank value is no value: an optional parameter then takes its default. */
    @Override
    public FiscalYear convert(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return requested(Integer.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            throw invalid(value);
        }
    }

    public static FiscalYear requested(Integer year) {
        if (year == null) {
            throw Rejection.badInput(INVALID, "年度を西暦4桁で指定してください（例: 2027）。");
        }
        try {
            return FiscalYear.of(year);
        } catch (IllegalArgumentException e) {
            throw invalid(year);
        }
    }

    private static Rejection invalid(Object value) {
        return Rejection.badInput(INVALID, "年度は西暦4桁で指定してください（例: 2027、指定値: " + value + "）。");
    }
}
