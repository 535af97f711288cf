package itc.renewal.platform.provenance;

import java.util.regex.Pattern;

/**
 * Who caused a fact and in which journey, as every stored event and every published record carries it (metadata
 * keys {@link #ACTOR}, {@link #CORRELATION_ID}, {@link #CAUSATION_ID}; CloudEvents extensions {@code actor},
 * {@code correlationid}, {@code causationid}).
 *
 * @param actor         {@code member:M0000001}, {@code operator:<user name>} or {@code system:<service>}
 * @param correlationId the journey: the same for every message that follows from one request
 * @param causationId   the request or event that directly caused it; null for a journey's first message
 */
public record Provenance(String actor, String correlationId, String causationId) {

    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private static final Pattern ACTOR_FORM = Pattern.compile("(member|operator|system|anonymous):[A-Za-z0-9._@-]{1,64}");
    private static final Pattern ID_FORM = Pattern.compile("[A-Za-z0-9._:-]{1,80}");

    public static String member(String memberId) {
        return "member:" + memberId;
    }

    public static String operator(String userName) {
        return "operator:" + userName;
    }

    public static String system(String service) {
        return "system:" + service;
    }

    /** Whether {@code value} is an actor as this record writes one (so an incoming header can be trusted to be one). */
    public static boolean isActor(String value) {
        return value != null && ACTOR_FORM.matcher(value).matches();
    }

    /** Whether {@code value} can serve as a correlation or causation id: short, no spaces, no markup. */
    public static boolean isId(String value) {
        return value != null && ID_FORM.matcher(value).matches();
    }
}
