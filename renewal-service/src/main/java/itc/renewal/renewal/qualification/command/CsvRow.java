package itc.renewal.renewal.qualification.command;

import java.util.List;

/** One record of a CSV file and its row as a spreadsheet shows it (the header is row 1). */
record CsvRow(int row, List<String> fields) {

    CsvRow {
        fields = List.copyOf(fields);
    }
}
