package itc.renewal.points.imports.command;

import itc.renewal.platform.problem.Rejection;

import java.util.List;

/** An import file with at least one bad row: nothing of it is imported, and every problem is reported (P6). */
public class InvalidImportFile extends Rejection {

    private final transient List<ImportError> errors;

    public InvalidImportFile(List<ImportError> errors) {
        super(422, "points.import-invalid", "取込ファイルに誤りが " + errors.size()
                + " 件あります。該当行を修正して、ファイル全体を取り込み直してください（1件も登録していません）。");
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
