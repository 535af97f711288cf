package itc.renewal.platform.imports;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports (Q1, P2) read CSV as a spreadsheet writes it, numbering rows as the spreadsheet shows them. */
class CsvTableTest {

    private static final String INVALID = "test.import-invalid";

    private static List<CsvRow> read(String text) {
        return CsvTable.read(text.getBytes(StandardCharsets.UTF_8), INVALID);
    }

    @Test
    void q1_readsBomCrlfQuotesAndDoubledQuotes() {
        assertThat(read("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n,\r\n")).containsExactly(
                new CsvRow(1, List.of("a", "b")),
                new CsvRow(2, List.of("x, y", "say \"hi\"")),
                new CsvRow(3, List.of("", "")));
    }

    @Test
    void q1_aLineBreakInQuotesStaysInTheRowAndBlankLinesCount() {
        assertThat(read("a\n\n\"line 1\nline 2\",b\nc")).containsExactly(
                new CsvRow(1, List.of("a")),
                new CsvRow(3, List.of("line 1\nline 2", "b")),
                new CsvRow(4, List.of("c")));
    }

    @Test
    void q1_anUnclosedQuoteIsRefused() {
        assertThatThrownBy(() -> read("a\n\"b,c\n"))
                .isInstanceOfSatisfying(InvalidImportFile.class, e -> {
                    assertThat(e.errors().get(0).row()).isEqualTo(2);
                    assertThat(e.code()).isEqualTo(INVALID);
                });
    }

    @Test
    void q1_aFileThatIsNotUtf8IsRefused() {
        byte[] shiftJis = {(byte) 0x83, (byte) 0x7E, (byte) 0x83, (byte) 0x7A, (byte) 0x83, (byte) 0x93};

        assertThatThrownBy(() -> CsvTable.read(shiftJis, INVALID)).isInstanceOfSatisfying(InvalidImportFile.class,
                e -> assertThat(e.errors().get(0).message()).startsWith("ファイルを UTF-8 として読み取れません。"));
    }
}
