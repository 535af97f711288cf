package itc.renewal.renewal.qualification.command;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The columns of a registry import file, in order; the header row names them by key or by Japanese label. */
enum ImportColumn {
    MEMBER_ID("member_id", "会員番号"),
    NAME("name", "氏名"),
    NAME_KANA("name_kana", "氏名カナ"),
    EMAIL("email", "メールアドレス"),
    CERTIFICATION_NUMBER("certification_number", "認定番号"),
    CERTIFIED_IN("certified_in", "認定年月"),
    EXPIRY("expiry", "資格有効期限");

    final String key;
    final String label;

    ImportColumn(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** Whether the (stripped) names of row 1 are the keys or the labels, in order. */
    static boolean isHeader(List<String> names) {
        return names.equals(Arrays.stream(values()).map(c -> c.key).toList())
                || names.equals(Arrays.stream(values()).map(c -> c.label).toList());
    }

    /** e.g. "member_id,name,…,expiry" for messages. */
    static String keys() {
        return Arrays.stream(values()).map(c -> c.key).collect(Collectors.joining(","));
    }

    static String labels() {
        return Arrays.stream(values()).map(c -> c.label).collect(Collectors.joining(","));
    }
}
