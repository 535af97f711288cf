package itc.renewal.platform.problem;

import java.util.Map;

/**
 * A request refused by a business rule or a bad input. Carries the HTTP status, a stable machine
 * code (e.g. {@code renewal.points-insufficient}) and a message the member can act on; it becomes
 * an RFC 9457 problem detail. Nothing changes when it is thrown.
 */
public class Rejection extends RuntimeException {

    private final int status;
    private final String code;

    public Rejection(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static Rejection badInput(String code, String message) {
        return new Rejection(400, code, message);
    }

    public static Rejection forbidden(String code, String message) {
        return new Rejection(403, code, message);
    }

    public static Rejection notFound(String code, String message) {
        return new Rejection(404, code, message);
    }

    public static Rejection conflict(String code, String message) {
        return new Rejection(409, code, message);
    }

    public static Rejection unprocessable(String code, String message) {
        return new Rejection(422, code, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Further members of the problem detail beside {@code code}, e.g. the row errors of an import file. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
