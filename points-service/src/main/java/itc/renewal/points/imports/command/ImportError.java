package itc.renewal.points.imports.command;

/**
 * One problem of an import file (P6), as the operator needs it to correct the file.
 *
 * @param row    row of the file as a spreadsheet numbers it (the header is row 1)
 * @param column the CSV column at fault, or {@code null} for the row or the file as a whole
 */
public record ImportError(int row, String column, String message) {

    static ImportError ofFile(int row, String message) {
        return new ImportError(row, null, message);
    }
}
