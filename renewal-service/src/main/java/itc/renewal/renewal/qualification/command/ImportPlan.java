package itc.renewal.renewal.qualification.command;

import itc.renewal.platform.imports.ImportError;
import itc.renewal.renewal.qualification.domain.Holder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the good rows of a file mean for the registry (Q1): new holders, known holders whose contact
 * fields (name, kana, e-mail) changed, and known holders as registered. Registry facts (認定番号, 認定年月)
 * never change by import: a row that contradicts them, or claims another member's certification number, is
 * an error. A known holder's expiry is the registry's (renewals move it), so the file's is not compared.
 */
final class ImportPlan {

    private final List<Holder> added = new ArrayList<>();
    private final List<Holder> changed = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();
    private int unchanged;

    /**
     * @param registered           the registered holders among the rows' members, by member id
     * @param certificationHolders member id by certification number, for the rows' numbers
     * @param lapsed               whether a qualification with this expiry has lapsed by now (Q6)
     */
    ImportPlan(List<HolderRow> rows, Map<String, Holder> registered, Map<String, String> certificationHolders,
               Predicate<LocalDate> lapsed) {
        for (HolderRow row : rows) {
            Holder known = registered.get(row.memberId());
            String holderOfNumber = certificationHolders.get(row.certificationNumber());
            if (holderOfNumber != null && !holderOfNumber.equals(row.memberId())) {
                error(row, ImportColumn.CERTIFICATION_NUMBER, "認定番号 " + row.certificationNumber()
                        + " は別の会員（" + holderOfNumber + "）の認定番号として登録済みです。");
            }
            if (known == null) {
                added.add(row.newHolder(lapsed.test(row.expiry())));
            } else if (!contradicts(row, known)) {
                if (row.hasContactOf(known)) {
                    unchanged++;
                } else {
                    changed.add(row.withContactOf(known));
                }
            }
        }
    }

    List<Holder> added() {
        return List.copyOf(added);
    }

    List<Holder> changed() {
        return List.copyOf(changed);
    }

    int unchanged() {
        return unchanged;
    }

    List<ImportError> errors() {
        return List.copyOf(errors);
    }

    private boolean contradicts(HolderRow row, Holder known) {
        boolean contradicts = false;
        if (!row.certificationNumber().equals(known.certificationNumber())) {
            contradicts = error(row, ImportColumn.CERTIFICATION_NUMBER, "会員 " + known.memberId() + " の認定番号は "
                    + known.certificationNumber() + " として登録済みです（入力値: " + row.certificationNumber()
                    + "）。認定番号は取込では変更できません。");
        }
        if (!row.certifiedIn().equals(known.certifiedIn())) {
            contradicts = error(row, ImportColumn.CERTIFIED_IN, "会員 " + known.memberId() + " の認定年月は "
                    + known.certifiedIn() + " として登録済みです（入力値: " + row.certifiedIn()
                    + "）。認定年月は取込では変更できません。");
        }
        return contradicts;
    }

    private boolean error(HolderRow row, ImportColumn column, String message) {
        errors.add(new ImportError(row.row(), column.key, message));
        return true;
    }
}
