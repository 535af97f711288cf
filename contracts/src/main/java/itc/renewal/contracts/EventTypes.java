package itc.renewal.contracts;

import itc.renewal.contracts.certificate.v1.CertificateIssued;
import itc.renewal.contracts.holders.v1.HolderContactChanged;
import itc.renewal.contracts.holders.v1.HolderRegistered;
import itc.renewal.contracts.payment.v1.CardPaymentDeclined;
import itc.renewal.contracts.payment.v1.FeePaid;
import itc.renewal.contracts.payment.v1.PaidAfterLapse;
import itc.renewal.contracts.payment.v1.PaymentMethodChosen;
import itc.renewal.contracts.points.v1.PointsEntryCorrected;
import itc.renewal.contracts.points.v1.PointsEntryWithdrawn;
import itc.renewal.contracts.points.v1.PointsFiscalYearLocked;
import itc.renewal.contracts.points.v1.PointsRegistered;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalCompleted;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.contracts.renewal.v1.RenewalReminderDue;
import itc.renewal.contracts.report.v1.ReportSubmitted;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
    /** Documents issued to members (notification-service). */
    public static final String NOTIFICATION_TOPIC = "itc.notification.events";
    /** Compacted: the latest contact of each holder (personal data; only for consumers that write to holders). */
    public static final String HOLDERS_TOPIC = "itc.holders";

    /**
     * Event topics keep two years: the current and the previous renewal cycle, so a subscriber can be rebuilt
     * across a fiscal year; older history is republished from the producing service's event store on request.
     */
    public static final Duration EVENT_RETENTION = Duration.ofDays(730);

    /** Every topic subscribers read, with its retention (the deployments create them so; nothing auto-creates). */
    private static final List<PublishedTopic> TOPICS = List.of(
            PublishedTopic.deleting(POINTS_TOPIC, EVENT_RETENTION),
            PublishedTopic.deleting(RENEWAL_TOPIC, EVENT_RETENTION),
            PublishedTopic.deleting(PAYMENT_TOPIC, EVENT_RETENTION),
            PublishedTopic.deleting(REPORT_TOPIC, EVENT_RETENTION),
            PublishedTopic.deleting(NOTIFICATION_TOPIC, EVENT_RETENTION),
            PublishedTopic.compacted(HOLDERS_TOPIC, Duration.ofDays(7)));

    /** Every published type; the version is the current minor of each (see each record's "since"). */
    private static final List<EventContract> CONTRACTS = List.of(
            new EventContract("points.PointsRegistered.v1", PointsRegistered.class, POINTS_TOPIC, "1.1"),
            new EventContract("points.PointsEntryCorrected.v1", PointsEntryCorrected.class, POINTS_TOPIC, "1.0"),
            new EventContract("points.PointsEntryWithdrawn.v1", PointsEntryWithdrawn.class, POINTS_TOPIC, "1.0"),
            new EventContract("points.PointsFiscalYearLocked.v1", PointsFiscalYearLocked.class, POINTS_TOPIC, "1.0"),
            new EventContract("renewal.RenewalApplied.v1", RenewalApplied.class, RENEWAL_TOPIC, "1.2"),
            new EventContract("renewal.RenewalCompleted.v1", RenewalCompleted.class, RENEWAL_TOPIC, "1.0"),
            new EventContract("renewal.RenewalReminderDue.v1", RenewalReminderDue.class, RENEWAL_TOPIC, "1.1"),
            new EventContract("renewal.RenewalLapsed.v1", RenewalLapsed.class, RENEWAL_TOPIC, "1.1"),
            new EventContract("payment.FeePaid.v1", FeePaid.class, PAYMENT_TOPIC, "1.0"),
            new EventContract("payment.PaymentMethodChosen.v1", PaymentMethodChosen.class, PAYMENT_TOPIC, "1.0"),
            new EventContract("payment.CardPaymentDeclined.v1", CardPaymentDeclined.class, PAYMENT_TOPIC, "1.0"),
            new EventContract("payment.PaidAfterLapse.v1", PaidAfterLapse.class, PAYMENT_TOPIC, "1.0"),
            new EventContract("report.ReportSubmitted.v1", ReportSubmitted.class, REPORT_TOPIC, "1.0"),
            new EventContract("certificate.CertificateIssued.v1", CertificateIssued.class, NOTIFICATION_TOPIC,
                    "1.0"),
            new EventContract("holders.HolderRegistered.v1", HolderRegistered.class, HOLDERS_TOPIC, "1.1"),
            new EventContract("holders.HolderContactChanged.v1", HolderContactChanged.class, HOLDERS_TOPIC, "1.1"));

    private static final Map<String, EventContract> BY_NAME = CONTRACTS.stream()
            .collect(Collectors.toUnmodifiableMap(EventContract::type, Function.identity()));

    private static final Map<Class<?>, EventContract> BY_CLASS = CONTRACTS.stream()
            .collect(Collectors.toUnmodifiableMap(EventContract::record, Function.identity()));

    private EventTypes() {
    }

    public static Optional<Class<?>> classOf(String logicalName) {
        return Optional.ofNullable(BY_NAME.get(logicalName)).map(EventContract::record);
    }

    /** Looked up on every published event, so a map, not a scan. */
    public static String nameOf(Class<?> contract) {
        return contractOf(contract).type();
    }

    public static EventContract contractOf(Class<?> contract) {
        EventContract found = BY_CLASS.get(contract);
        if (found == null) {
            throw new IllegalArgumentException("not a contract: " + contract.getName());
        }
        return found;
    }

    public static Optional<EventContract> contract(String logicalName) {
        return Optional.ofNullable(BY_NAME.get(logicalName));
    }

    /** Logical name → record, for every published type. */
    public static Map<String, Class<?>> all() {
        return CONTRACTS.stream().collect(Collectors.toUnmodifiableMap(EventContract::type, EventContract::record));
    }

    public static List<PublishedTopic> topics() {
        return TOPICS;
    }

    /** Every published type, in a stable order (by topic, then as listed). */
    public static List<EventContract> contracts() {
        return CONTRACTS;
    }
}
