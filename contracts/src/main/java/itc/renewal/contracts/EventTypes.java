package itc.renewal.contracts;

import itc.renewal.contracts.holders.v1.HolderContactChanged;
import itc.renewal.contracts.holders.v1.HolderRegistered;
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
    /** Compacted: the latest contact of each holder (personal data; only for consumers that write to holders). */
    public static final String HOLDERS_TOPIC = "itc.holders";

    private static final Map<String, Class<?>> BY_NAME = Map.ofEntries(
            Map.entry("points.PointsRegistered.v1", PointsRegistered.class),
            Map.entry("points.PointsEntryCorrected.v1", PointsEntryCorrected.class),
            Map.entry("points.PointsEntryWithdrawn.v1", PointsEntryWithdrawn.class),
            Map.entry("renewal.RenewalApplied.v1", RenewalApplied.class),
            Map.entry("renewal.RenewalCompleted.v1", RenewalCompleted.class),
            Map.entry("renewal.RenewalReminderDue.v1", RenewalReminderDue.class),
            Map.entry("renewal.RenewalLapsed.v1", RenewalLapsed.class),
            Map.entry("payment.FeePaid.v1", FeePaid.class),
            Map.entry("report.ReportSubmitted.v1", ReportSubmitted.class),
            Map.entry("holders.HolderRegistered.v1", HolderRegistered.class),
            Map.entry("holders.HolderContactChanged.v1", HolderContactChanged.class));

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
