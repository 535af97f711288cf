package itc.renewal.notification.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.renewal.v1.RenewalCompleted;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.contracts.renewal.v1.RenewalReminderDue;
import itc.renewal.notification.certificate.api.CompletedRenewal;
import itc.renewal.notification.contact.api.Contact;
import itc.renewal.notification.deadline.api.LapsedRenewal;
import itc.renewal.notification.deadline.api.ReminderDue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The v1 contracts as published, addressed with the contact from the holders topic: the name and e-mail address
 * that records published earlier still carried are ignored.
 */
class RenewalEventsTest {

    private static final Contact TARO = new Contact("M0000001", "見本 太郎", "ミホン タロウ", "taro.mihon@example.jp");

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void c4_theCertificateNamesTheHolderAsTheHoldersTopicHasThem() throws Exception {
        RenewalCompleted completed = json.readValue("""
                {"eventId":"0b6f7c2e-2a7c-4f7e-9a51-3c1d2f3e4a5b","occurredAt":"2027-04-12T02:00:00Z",
                 "memberId":"M0000001","renewalId":"2027-M0000001","fiscalYear":2027,"newExpiry":"2028-05-31",
                 "holderName":"古い 名前","email":"old@example.jp",
                 "certificationNumber":"0000002001C","certifiedIn":"2016-03"}
                """, RenewalCompleted.class);

        assertThat(RenewalEvents.completed(completed, TARO)).isEqualTo(new CompletedRenewal("2027-M0000001",
                "M0000001", 2027, LocalDate.of(2028, 5, 31), "見本 太郎", "ミホン タロウ", "taro.mihon@example.jp",
                "0000002001C", YearMonth.of(2016, 3)));
    }

    @Test
    void c2_aReminderCarriesWhatIsMissingAndIsAddressedToTheContact() throws Exception {
        RenewalReminderDue due = json.readValue("""
                {"eventId":"0b6f7c2e-2a7c-4f7e-9a51-3c1d2f3e4a5b","occurredAt":"2027-05-17T15:00:00Z",
                 "memberId":"M0000001","renewalId":"2027-M0000001","fiscalYear":2027,
                 "missingSteps":["FEE_PAYMENT","ACTIVITY_REPORT"],"windowClosesAt":"2027-05-31T15:00:00Z"}
                """, RenewalReminderDue.class);

        assertThat(RenewalEvents.reminder(due, TARO)).isEqualTo(new ReminderDue("2027-M0000001", "M0000001",
                2027, List.of("FEE_PAYMENT", "ACTIVITY_REPORT"), Instant.parse("2027-05-31T15:00:00Z"), "見本 太郎",
                "taro.mihon@example.jp"));
    }

    @Test
    void c3_aLapseOfAHolderWhoNeverAppliedSaysSo() throws Exception {
        RenewalLapsed lapsed = json.readValue(lapse(",\"applied\":false"), RenewalLapsed.class);

        assertThat(RenewalEvents.lapsed(lapsed, TARO)).isEqualTo(new LapsedRenewal("2027-M0000001",
                "M0000001", 2027, LocalDate.of(2027, 5, 31), false, "見本 太郎", "taro.mihon@example.jp"));
    }

    /** Before v1.1 only applied renewals lapsed. */
    @Test
    void c3_anOlderLapseWithoutAppliedIsAnAppliedRenewal() throws Exception {
        RenewalLapsed lapsed = json.readValue(lapse(""), RenewalLapsed.class);

        assertThat(RenewalEvents.lapsed(lapsed, TARO).applied()).isTrue();
    }

    private static String lapse(String v11Fields) {
        return """
                {"eventId":"0b6f7c2e-2a7c-4f7e-9a51-3c1d2f3e4a5b","occurredAt":"2027-05-31T15:00:00Z",
                 "memberId":"M0000001","renewalId":"2027-M0000001","fiscalYear":2027,"expiredOn":"2027-05-31"%s}
                """.formatted(v11Fields);
    }
}
