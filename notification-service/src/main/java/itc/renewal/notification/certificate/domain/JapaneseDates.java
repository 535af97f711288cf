package itc.renewal.notification.certificate.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** Date wording of the association's documents, as in the seed sample (認定年月: 2016年3月, 資格有効期限: 2018年05月31日). */
public final class JapaneseDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年MM月dd日");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu年M月");

    private JapaneseDates() {
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    public static String month(YearMonth month) {
        return MONTH.format(month);
    }
}
