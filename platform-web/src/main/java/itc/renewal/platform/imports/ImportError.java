package itc.renewal.platform.imports;

/**
 * One problem of an import file, as the operator needs it to correct the file.
 *
 * @param row    row of the file as a spreadsheet numbers it (the header is row 1)
 * @param column the CSV column at fault (e.g. {@code certification_number}), or null for the row or file as a whole
 */
public record ImportError(int row, String column, String message) {

    public static ImportError ofFile(int row, String message) {
        return new ImportError(row, null, message);
    }
}
