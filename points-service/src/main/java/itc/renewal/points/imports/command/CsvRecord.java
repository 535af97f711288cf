package itc.renewal.points.imports.command;

import java.util.List;

/** One record of a CSV file, with the line it starts on (the header is line 1). */
record CsvRecord(int line, List<String> fields) {

    CsvRecord {
        fields = List.copyOf(fields);
    }
}
