package itc.renewal.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A request with wrong fields: 400 with every wrong field listed in the problem detail's {@code errors}
 * ({@code [{field, message}]}), so a form marks them all at once. Nothing changes.
 */
public class InvalidFields extends Rejection {

    private final transient List<FieldError> errors;

    /** @param code the service's problem code, e.g. {@code payment.billing-profile-invalid} */
    public InvalidFields(String code, List<FieldError> errors) {
        super(400, code, "入力内容に誤りが " + errors.size() + " 件あります: "
                + String.join(" ", errors.stream().map(FieldError::message).toList()));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no wrong field to report");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
