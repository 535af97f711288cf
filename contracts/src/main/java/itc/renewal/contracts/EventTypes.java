package itc.renewal.contracts;

import itc.renewal.contracts.payment.v1.FeePaid;
import itc.renewal.contracts.points.v1.PointsEntryCorrected;
import itc.renewal.contracts.points.v1.PointsEntryWithdrawn;
import itc.renewal.contracts.points.v1.PointsRegistered;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalCompleted;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.contracts.renewal.v1.RenewalReminderDue;
import itc.renewal.contracts.report.v1.ReportSubmitted;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Logical event type names (CloudEvents {@code ce_type} header) and the topic of each contract.
 * Consumers resolve the record from the logical name, never from a Java class name, so moving or
 * renaming a class never breaks them.
 */
public final class EventTypes {

    public static final String POINTS_TOPIC = "itc.points.events";
    public static final String RENEWAL_TOPIC = "itc.renewal.events";
    public static final String PAYMENT_TOPIC = "itc.payment.events";
    public static final String REPORT_TOPIC = "itc.activity-report.events";

    private static final Map<String, Class<?>> BY_NAME = Map.of(
            "points.PointsRegistered.v1", PointsRegistered.class,
            "points.PointsEntryCorrected.v1", PointsEntryCorrected.class,
            "points.PointsEntryWithdrawn.v1", PointsEntryWithdrawn.class,
            "renewal.RenewalApplied.v1", RenewalApplied.class,
            "renewal.RenewalCompleted.v1", RenewalCompleted.class,
            "renewal.RenewalReminderDue.v1", RenewalReminderDue.class,
            "renewal.RenewalLapsed.v1", RenewalLapsed.class,
            "payment.FeePaid.v1", FeePaid.class,
            "report.ReportSubmitted.v1", ReportSubmitted.class);

    private static final Map<Class<?>, String> BY_CLASS = BY_NAME.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private EventTypes() {
    }

    public static Optional<Class<?>> classOf(String logicalName) {
        return Optional.ofNullable(BY_NAME.get(logicalName));
    }

    /** Looked up on every published event, so a map, not a scan. */
    public static String nameOf(Class<?> contract) {
        String name = BY_CLASS.get(contract);
        if (name == null) {
            throw new IllegalArgumentException("not a contract: " + contract.getName());
        }
        return name;
    }

    public static Map<String, Class<?>> all() {
        return BY_NAME;
    }
}
