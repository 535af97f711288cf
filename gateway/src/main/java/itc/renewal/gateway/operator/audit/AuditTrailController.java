package itc.renewal.gateway.operator.audit;

import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.platform.problem.Rejection;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /api/operator/audit/{memberId}}: every fact about a member across the services, in causal order, with
 * actor, journey and cause, and the member's renewals as they stood (status, fee settled, report submitted);
 * {@code ?asOf=} shows both as they stood at an instant; {@code ?format=csv} (or
 * {@code Accept: text/csv}) exports it for an auditor. Operators only.
 */
@RestController
@ProblemCodes({"403 operator.role-required"})
class AuditTrailController {

    /** A member id: M and seven digits (the console's lookup reads it the same way). */
    static final Pattern MEMBER_ID = Pattern.compile("M\\d{7}");

    private final AuditTrails trails;

    AuditTrailController(AuditTrails trails) {
        this.trails = trails;
    }

    /** One mapping for both forms, so a client sending {@code Accept: *}{@code /*} (curl) gets JSON, not an ambiguity. */
    @GetMapping("/api/operator/audit/{memberId}")
    @ProblemCodes({"400 audit.as-of-invalid", "400 audit.format-invalid", "400 audit.member-id-invalid",
            "404 audit.member-unknown", "503 audit.service-unavailable"})
    ResponseEntity<?> trail(Identity identity, @PathVariable String memberId,
                            @RequestParam(required = false) String asOf,
                            @RequestParam(required = false) String format,
                            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        operatorOnly(identity);
        boolean csv = "csv".equals(format) || (format == null && accept != null && accept.contains("text/csv"));
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw Rejection.badInput("audit.format-invalid", "format は json か csv で指定してください。");
        }
        Instant at = instant(asOf);
        List<TrailEntry> entries = trail(memberId, at);
        if (csv) {
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + memberId + ".csv\"")
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(AuditCsv.of(entries).getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Object> trail = new LinkedHashMap<>();
        trail.put("memberId", memberId);
        if (at != null) {
            trail.put("asOf", at);
        }
        trail.put("renewals", trails.renewals(memberId, at));
        trail.put("entries", entries);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(trail);
    }

    private static void operatorOnly(Identity identity) {
        if (!identity.isOperator()) {
            throw Rejection.forbidden("operator.role-required", "運用担当者のみが利用できます。");
        }
    }

    private List<TrailEntry> trail(String memberId, Instant asOf) {
        if (!MEMBER_ID.matcher(memberId).matches()) {
            throw Rejection.badInput("audit.member-id-invalid",
                    "会員番号は M と7桁の数字で指定してください（例: M0000001）。");
        }
        List<TrailEntry> entries = trails.of(memberId, asOf);
        if (entries.isEmpty()) {
            throw Rejection.notFound("audit.member-unknown",
                    "会員番号 " + memberId + " の記録は" + (asOf == null ? "" : " " + asOf + " までに") + "ありません。"
                            + "会員番号" + (asOf == null ? "" : "と日時") + "をご確認ください。");
        }
        return entries;
    }

    /** Null when absent: each service then answers as of its business clock's now. */
    private static Instant instant(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(asOf);
        } catch (DateTimeParseException e) {
            throw Rejection.badInput("audit.as-of-invalid",
                    "asOf は ISO-8601 の日時で指定してください（例: 2027-04-10T00:00:00Z）。");
        }
    }
}
