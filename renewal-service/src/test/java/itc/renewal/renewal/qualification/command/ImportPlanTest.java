package itc.renewal.renewal.qualification.command;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.imports.ImportError;
import itc.renewal.renewal.qualification.api.QualificationStatus;
import itc.renewal.renewal.qualification.domain.CertifiedIn;
import itc.renewal.renewal.qualification.domain.Holder;
import itc.renewal.renewal.qualification.domain.RenewalWindowEnds;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static itc.renewal.renewal.qualification.command.ImportTestData.APRIL_10_NOW;
import static itc.renewal.renewal.qualification.command.ImportTestData.NEW_HOLDER;
import static itc.renewal.renewal.qualification.command.ImportTestData.RENEWED_HOLDER;
import static itc.renewal.renewal.qualification.command.ImportTestData.STANDARD_WINDOWS;
import static itc.renewal.renewal.qualification.command.ImportTestData.csv;
import static itc.renewal.renewal.qualification.command.ImportTestData.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Rule Q1: what the rows of a file do to the registry; registry facts never change by import. */
class ImportPlanTest {

    /** M0000102 as registered; a renewal in FY2027 moved the expiry to 2028-05-31 meanwhile. */
    private static final Holder REGISTERED = new Holder("M0000102", "継続 花子", "ケイゾク ハナコ",
            "hanako.keizoku@example.jp", "0000003102B", CertifiedIn.parse("2016-03"), LocalDate.of(2028, 5, 31),
            QualificationStatus.ACTIVE);

    private static ImportPlan plan(List<HolderRow> rows, Map<String, Holder> registered,
                                   Map<String, String> certificationHolders) {
        return new ImportPlan(rows, registered, certificationHolders,
                expiry -> STANDARD_WINDOWS.hasLapsed(expiry, APRIL_10_NOW));
    }

    private static ImportPlan planWithRegistered(String... rows) {
        return plan(read(rows).rows(), Map.of(REGISTERED.memberId(), REGISTERED),
                Map.of(REGISTERED.certificationNumber(), REGISTERED.memberId()));
    }

    @Test
    void q1_aNewHolderIsActive() {
        ImportPlan plan = planWithRegistered(NEW_HOLDER);

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.added()).containsExactly(new Holder("M0000101", "新規 一郎", "シンキ イチロウ",
                "ichiro.shinki@example.jp", "0000003101A", CertifiedIn.parse("2026-10"), LocalDate.of(2027, 5, 31),
                QualificationStatus.ACTIVE));
    }

    /** A holder whose renewal window closed (31 May 24:00) before the business date is registered as lapsed (Q6). */
    @Test
    void q6_aNewHolderWhoseExpiryHasPassedIsLapsed() {
        ImportPlan plan = planWithRegistered("M0000103,失効 次郎,シッコウ ジロウ,jiro@example.jp,0000003103C,2016-03,"
                + "2026-05-31\n");

        assertThat(plan.added()).singleElement().satisfies(holder -> {
            assertThat(holder.status()).isEqualTo(QualificationStatus.LAPSED);
            assertThat(holder.expiry()).isEqualTo(LocalDate.of(2026, 5, 31));
        });
    }

    /**
     * Q6 with Q5: the FY2020 window ran to 30 June, so on 10 June 2020 a holder whose qualification expired on
     * 31 May 2020 could still renew and is registered active; once the window closed, lapsed.
     */
    @Test
    void q6_aNewHolderWhoseExpiryPassedStaysActiveWhileTheExtendedWindowRuns() {
        LocalDate june10 = LocalDate.of(2020, 6, 10);
        Instant july1 = LocalDate.of(2020, 7, 1).atStartOfDay(FiscalYear.JAPAN).toInstant();
        RenewalWindowEnds extended2020 = year -> year.year() == 2020 ? july1 : STANDARD_WINDOWS.closesAt(year);
        List<HolderRow> rows = ImportFile.read(csv("M0000104,延長 三郎,エンチョウ サブロウ,saburo@example.jp,"
                + "0000003104D,2016-03,2020-05-31\n"), june10).rows();

        ImportPlan onJune10 = new ImportPlan(rows, Map.of(), Map.of(),
                expiry -> extended2020.hasLapsed(expiry, june10.atTime(10, 0).atZone(FiscalYear.JAPAN).toInstant()));
        ImportPlan onJuly1 = new ImportPlan(rows, Map.of(), Map.of(), expiry -> extended2020.hasLapsed(expiry, july1));

        assertThat(onJune10.errors()).isEmpty();
        assertThat(onJune10.added()).singleElement().extracting(Holder::status).isEqualTo(QualificationStatus.ACTIVE);
        assertThat(onJuly1.added()).singleElement().extracting(Holder::status).isEqualTo(QualificationStatus.LAPSED);
    }

    /** Importing the registry as it is changes nothing, also after a renewal moved the expiry. */
    @Test
    void q1_aKnownHolderAsRegisteredIsUnchanged() {
        ImportPlan plan = planWithRegistered(RENEWED_HOLDER);

        assertThat(plan.errors()).isEmpty();
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.added()).isEmpty();
        assertThat(plan.changed()).isEmpty();
    }

    @Test
    void q1_changedNameKanaAndEmailUpdateTheContactOnly() {
        ImportPlan plan = planWithRegistered(RENEWED_HOLDER.replace("継続 花子", "山田 花子")
                .replace("ケイゾク ハナコ", "ヤマダ ハナコ").replace("hanako.keizoku@", "hanako.yamada@"));

        assertThat(plan.changed()).containsExactly(new Holder("M0000102", "山田 花子", "ヤマダ ハナコ",
                "hanako.yamada@example.jp", "0000003102B", CertifiedIn.parse("2016-03"), LocalDate.of(2028, 5, 31),
                QualificationStatus.ACTIVE));
        assertThat(plan.unchanged()).isZero();
    }

    @Test
    void q1_anotherCertificationNumberOrCertifiedInOfAKnownHolderIsAnError() {
        ImportPlan plan = planWithRegistered(RENEWED_HOLDER.replace("0000003102B", "0000003109B")
                .replace("2016-03", "2016-04"));

        assertThat(plan.errors()).extracting(ImportError::column, ImportError::message).containsExactly(
                tuple("certification_number", "会員 M0000102 の認定番号は 0000003102B "
                        + "として登録済みです（入力値: 0000003109B）。認定番号は取込では変更できません。"),
                tuple("certified_in", "会員 M0000102 の認定年月は 2016-03 "
                        + "として登録済みです（入力値: 2016-04）。認定年月は取込では変更できません。"));
        assertThat(plan.changed()).isEmpty();
    }

    @Test
    void q1_aCertificationNumberOfAnotherMemberIsAnError() {
        ImportPlan plan = planWithRegistered(NEW_HOLDER.replace("0000003101A", "0000003102B"));

        assertThat(plan.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(2);
            assertThat(error.column()).isEqualTo("certification_number");
            assertThat(error.message()).isEqualTo("認定番号 0000003102B は別の会員（M0000102）の認定番号として登録済みです。");
        });
    }
}
