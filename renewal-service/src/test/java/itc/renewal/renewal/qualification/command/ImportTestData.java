package itc.renewal.renewal.qualification.command;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.qualification.domain.RenewalWindowEnds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

/** Registry import files of the demo journey (business date 2027-04-10). */
final class ImportTestData {

    static final LocalDate APRIL_10 = LocalDate.of(2027, 4, 10);
    static final Instant APRIL_10_NOW = APRIL_10.atTime(10, 0).atZone(FiscalYear.JAPAN).toInstant();
    /** Every window closes at the standard time, 31 May 24:00 (Q5). */
    static final RenewalWindowEnds STANDARD_WINDOWS =
            year -> LocalDate.of(year.year(), 6, 1).atStartOfDay(FiscalYear.JAPAN).toInstant();
    static final String HEADER = "member_id,name,name_kana,email,certification_number,certified_in,expiry\n";
    /** Certified in FY2026: the first renewal (FY2027) is ahead; expiry from Q2. */
    static final String NEW_HOLDER = "M0000101,新規 一郎,シンキ イチロウ,ichiro.shinki@example.jp,0000003101A,2026-10,\n";
    /** Certified in FY2015 and renewed every year since: expiry given. */
    static final String RENEWED_HOLDER = "M0000102,継続 花子,ケイゾク ハナコ,hanako.keizoku@example.jp,0000003102B,2016-03,"
            + "2027-05-31\n";

    private ImportTestData() {
    }

    static byte[] csv(String... rows) {
        return (HEADER + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    }

    static ImportFile read(String... rows) {
        return ImportFile.read(csv(rows), APRIL_10);
    }
}
