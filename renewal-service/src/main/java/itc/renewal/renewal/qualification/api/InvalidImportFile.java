package itc.renewal.renewal.qualification.api;

import itc.renewal.platform.problem.Rejection;

import java.util.Comparator;
import java.util.List;

/** An import file with at least one problem: nothing of it is imported, and every problem is listed. */
public class InvalidImportFile extends Rejection {

    public static final String CODE = "qualification.import-invalid";

    private final transient List<ImportError> errors;

    public InvalidImportFile(List<ImportError> errors) {
        super(422, CODE, "取込ファイルに誤りが " + errors.size()
                + " 件あります。該当する行を修正して、ファイル全体を取り込み直してください（1件も取り込んでいません）。");
        this.errors = errors.stream().sorted(Comparator.comparingInt(ImportError::row)).toList();
    }

    public static InvalidImportFile ofFile(int row, String message) {
        return new InvalidImportFile(List.of(new ImportError(row, null, message)));
    }

    public List<ImportError> errors() {
        return errors;
    }
}
