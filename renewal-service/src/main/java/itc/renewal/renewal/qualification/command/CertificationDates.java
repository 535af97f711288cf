package itc.renewal.renewal.qualification.command;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.qualification.domain.CertifiedIn;
import itc.renewal.renewal.qualification.domain.Expiry;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * 認定年月 and 資格有効期限 of one import row, checked by the business date (D2) and rule Q2: an expiry is
 * always a 31 May, never before that of the new certificate (a holder who renewed has a later one) and never
 * after that of a renewal in the current fiscal year.
 */
final class CertificationDates {

    /** FiscalYear covers FY2000 on; the ITC qualification began after that. */
    private static final YearMonth EARLIEST = YearMonth.of(2000, 4);
    private static final MonthDay EXPIRY_DAY = MonthDay.of(5, 31);
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final BiConsumer<ImportColumn, String> errors;
    private final LocalDate today;

    CertificationDates(BiConsumer<ImportColumn, String> errors, LocalDate today) {
        this.errors = errors;
        this.today = today;
    }

    /** Null (with an error) when the value is no year-month from FY2000 to this month. */
    CertifiedIn certifiedIn(String value) {
        YearMonth month = parse(value, YEAR_MONTH, YearMonth::parse);
        if (month == null) {
            errors.accept(ImportColumn.CERTIFIED_IN, "認定年月は yyyy-MM 形式で入力してください（例: 2016-03、入力値: "
                    + value + "）。");
            return null;
        }
        YearMonth latest = YearMonth.from(today);
        if (month.isBefore(EARLIEST) || month.isAfter(latest)) {
            errors.accept(ImportColumn.CERTIFIED_IN, "認定年月は " + EARLIEST + " から今月（" + latest
                    + "）までの年月で入力してください（入力値: " + value + "）。");
            return null;
        }
        return new CertifiedIn(month);
    }

    /** The given expiry, or the new certificate's (Q2) when blank; null (with an error) when it breaks Q2. */
    LocalDate expiry(String value, CertifiedIn certifiedIn) {
        LocalDate initial = certifiedIn.initialExpiry();
        if (value.isEmpty()) {
            return initial;
        }
        LocalDate date = parse(value, DATE, LocalDate::parse);
        LocalDate latest = Expiry.afterRenewalIn(FiscalYear.containing(today));
        String problem = null;
        if (date == null) {
            problem = "資格有効期限は yyyy-MM-dd 形式で入力してください（例: 2028-05-31、入力値: " + value
                    + "）。空欄にすると認定年月から決まる有効期限になります。";
        } else if (!MonthDay.from(date).equals(EXPIRY_DAY)) {
            problem = "資格有効期限は5月31日の日付で入力してください（入力値: " + value + "）。";
        } else if (date.isBefore(initial)) {
            problem = "資格有効期限が、認定年月 " + certifiedIn + " の方の最初の有効期限（" + initial + "）より前です（入力値: "
                    + value + "）。";
        } else if (date.isAfter(latest)) {
            problem = "資格有効期限は、今年度に更新した方でも " + latest + " までです（入力値: " + value + "）。";
        }
        if (problem != null) {
            errors.accept(ImportColumn.EXPIRY, problem);
            return null;
        }
        return date;
    }

    private static <T> T parse(String value, Pattern shape, Function<String, T> parser) {
        if (!shape.matcher(value).matches()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
