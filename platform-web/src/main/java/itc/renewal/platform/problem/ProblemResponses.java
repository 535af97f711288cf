package itc.renewal.platform.problem;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A problem detail written by a servlet filter, which runs before {@link ProblemAdvice} can: the same shape
 * ({@code type}, {@code title}, {@code status}, {@code detail}, {@code code}) with its text escaped as JSON.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        write(response, status, code, detail, Map.of());
    }

    /** @param numbers further numeric members, e.g. the {@code limit} a request exceeded */
    public static void write(HttpServletResponse response, HttpStatus status, String code, String detail,
                             Map<String, Long> numbers) throws IOException {
        StringBuilder body = new StringBuilder("{\"type\":\"about:blank\",\"title\":\"")
                .append(json(status.getReasonPhrase())).append("\",\"status\":").append(status.value())
                .append(",\"detail\":\"").append(json(detail)).append("\",\"code\":\"").append(json(code)).append('"');
        numbers.forEach((name, value) -> body.append(",\"").append(json(name)).append("\":").append(value));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(body.append('}').toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
