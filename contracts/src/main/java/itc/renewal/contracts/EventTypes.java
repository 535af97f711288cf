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

    private EventTypes() {
    }

    public static Optional<Class<?>> classOf(String logicalName) {
        return Optional.ofNullable(BY_NAME.get(logicalName));
    }

    public static String nameOf(Class<?> contract) {
        return BY_NAME.entrySet().stream()
                .filter(e -> e.getValue().equals(contract))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a contract: " + contract.getName()));
    }

    public static Map<String, Class<?>> all() {
        return BY_NAME;
    }
}
