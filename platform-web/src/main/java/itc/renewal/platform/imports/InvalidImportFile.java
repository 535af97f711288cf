package itc.renewal.platform.imports;

import itc.renewal.platform.problem.Rejection;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An import file with at least one problem (P6): nothing of it is imported, and every problem is listed in the
 * problem detail's {@code errors} ({@code [{row, column, message}]}) so the operator corrects it in one pass.
 */
public class InvalidImportFile extends Rejection {

    private final transient List<ImportError> errors;

    /** @param code the service's problem code, e.g. {@code points.import-invalid} */
    public InvalidImportFile(String code, List<ImportError> errors) {
        super(422, code, "取込ファイルに誤りが " + errors.size()
                + " 件あります。該当する行を修正して、ファイル全体を取り込み直してください（1件も取り込んでいません）。");
        this.errors = errors.stream().sorted(Comparator.comparingInt(ImportError::row)).toList();
    }

    public static InvalidImportFile ofFile(String code, int row, String message) {
        return new InvalidImportFile(code, List.of(ImportError.ofFile(row, message)));
    }

    public List<ImportError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
