package itc.renewal.points.imports.command;

/**
 * One problem of an import file (P6), as the operator needs it to correct the file.
 *
 * @param line  line of the file (the header is line 1)
 * @param field the CSV column at fault, or {@code file} for the file as a whole
 */
public record ImportError(int line, String field, String message) {

    static ImportError ofFile(int line, String message) {
        return new ImportError(line, "file", message);
    }
}
