package itc.renewal.platform.problem;

/**
 * One wrong field of a request, as a form shows it next to the field.
 *
 * @param field   the request's field name, e.g. {@code senderName} or {@code answers.satisfaction}
 * @param message what is wrong and how to put it right
 */
public record FieldError(String field, String message) {
}
