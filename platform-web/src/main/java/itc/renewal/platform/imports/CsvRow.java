package itc.renewal.platform.imports;

import java.util.List;

/** One record of a CSV file and its row as a spreadsheet shows it (the header is row 1). */
public record CsvRow(int row, List<String> fields) {

    public CsvRow {
        fields = List.copyOf(fields);
    }
}
