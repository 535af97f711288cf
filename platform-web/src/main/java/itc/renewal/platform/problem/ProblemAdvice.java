package itc.renewal.platform.problem;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns rejections and bad input into problem details with a specific, actionable message (P6).
 * Ordered first so that it, not Boot's generic handler, answers validation and parsing errors.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {

    @ExceptionHandler(Rejection.class)
    ProblemDetail rejected(Rejection rejection) {
        ProblemDetail problem = problem(HttpStatus.valueOf(rejection.status()), rejection.code(), rejection.getMessage());
        rejection.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(HttpStatus.BAD_REQUEST, "request.invalid", "入力内容に誤りがあります: " + detail);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e) {
        // A converter of a path or request parameter (e.g. FiscalYearParameter) refuses with its own, specific reason.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof Rejection rejection) {
                return rejected(rejection);
            }
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFormatException wrong && !wrong.getPath().isEmpty()) {
                // one field of the body has the wrong form: name it, so a form shows the message beside it
                String field = wrong.getPath().stream()
                        .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                                : String.valueOf(reference.getIndex()))
                        .collect(Collectors.joining("."));
                String message = message(wrong);
                ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.unreadable", field + ": " + message);
                problem.setProperty("errors", List.of(new FieldError(field, message)));
                return problem;
            }
        }
        return problem(HttpStatus.BAD_REQUEST, "request.unreadable",
                "リクエストの形式が正しくありません（日付は yyyy-MM-dd、数値は半角数字で指定してください）。");
    }

    /** A body of a type the endpoint does not read (e.g. a CSV sent as JSON): which types it takes. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException e) {
        String supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
                .collect(Collectors.joining(", "));
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type-unsupported",
                "この形式（Content-Type: " + (e.getContentType() == null ? "なし" : e.getContentType())
                        + "）の内容は受け付けられません。" + (supported.isEmpty() ? "" : supported + " で送信してください。"));
    }

    /** A method the path does not take (e.g. DELETE where only GET is served). */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        ProblemDetail problem = problem(HttpStatus.METHOD_NOT_ALLOWED, "request.method-not-allowed",
                "このURLは " + e.getMethod() + " を受け付けません"
                        + (e.getSupportedHttpMethods() == null ? "。" : "（受け付けるのは " + e.getSupportedHttpMethods()
                        .stream().map(Object::toString).collect(Collectors.joining(", ")) + "）。"));
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(e.getHeaders()).body(problem);
    }

    /** What to write instead, by the type the field takes. */
    private static String message(InvalidFormatException wrong) {
        Class<?> type = wrong.getTargetType();
        if (type == LocalDate.class) {
            return wrong.getOriginalMessage();
        }
        if (type != null && type.isEnum()) {
            return "次のいずれかで指定してください: " + Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", ")) + "（指定値: " + wrong.getValue() + "）。";
        }
        return "半角数字で指定してください（指定値: " + wrong.getValue() + "）。";
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }
}
