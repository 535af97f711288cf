package itc.renewal.renewal.qualification.domain;

import itc.renewal.platform.imports.InvalidImportFile;
import itc.renewal.renewal.qualification.api.ImportOutcome;

/**
 * Operators import the qualification registry (Q1) from a CSV file: the whole file is checked first and
 * refused with every problem if any row is bad ({@link InvalidImportFile}, nothing imported); otherwise new
 * holders are added and changed contact fields (name, kana, e-mail) updated. Importing the same file again
 * changes nothing.
 */
public interface QualificationImport {

    ImportOutcome importFile(String operator, byte[] csv);
}
