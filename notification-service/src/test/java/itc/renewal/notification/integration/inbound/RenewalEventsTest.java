package itc.renewal.notification.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.contracts.renewal.v1.RenewalReminderDue;
import itc.renewal.notification.deadline.api.LapsedRenewal;
import itc.renewal.notification.deadline.api.ReminderDue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The v1 contracts as published before and after v1.1 added the holder's address and {@code applied}. */
class RenewalEventsTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void c2_aReminderCarriesWhatIsMissingAndWhomToWrite() throws Exception {
        RenewalReminderDue due = json.readValue("""
                {"eventId":"0b6f7c2e-2a7c-4f7e-9a51-3c1d2f3e4a5b","occurredAt":"2027-05-17T15:00:00Z",
                 "memberId":"M0000001","renewalId":"2027-M0000001","fiscalYear":2027,
                 "missingSteps":["FEE_PAYMENT","ACTIVITY_REPORT"],"windowClosesAt":"2027-05-31T15:00:00Z",
                 "holderName":"見本 太郎","email":"taro.mihon@example.jp"}
                """, RenewalReminderDue.class);

        assertThat(RenewalEvents.reminder(due)).isEqualTo(new ReminderDue("2027-M0000001", "M0000001",
                2027, List.of("FEE_PAYMENT", "ACTIVITY_REPORT"), Instant.parse("2027-05-31T15:00:00Z"), "見本 太郎",
                "taro.mihon@example.jp"));
    }

    @Test
    void c3_aLapseOfAHolderWhoNeverAppliedSaysSo() throws Exception {
        RenewalLapsed lapsed = json.readValue(
                lapse(",\"applied\":false,\"holderName\":\"見本 太郎\",\"email\":\"taro.mihon@example.jp\""),
                RenewalLapsed.class);

        assertThat(RenewalEvents.lapsed(lapsed)).isEqualTo(new LapsedRenewal("2027-M0000001",
                "M0000001", 2027, LocalDate.of(2027, 5, 31), false, "見本 太郎", "taro.mihon@example.jp"));
    }

    /** Before v1.1 only applied renewals lapsed, and no address came with the event. */
    @Test
    void c3_anOlderLapseWithoutAppliedIsAnAppliedRenewalWithoutAddress() throws Exception {
        RenewalLapsed lapsed = json.readValue(lapse(""), RenewalLapsed.class);

        assertThat(RenewalEvents.lapsed(lapsed)).isEqualTo(new LapsedRenewal("2027-M0000001",
                "M0000001", 2027, LocalDate.of(2027, 5, 31), true, null, null));
    }

    private static String lapse(String v11Fields) {
        return """
                {"eventId":"0b6f7c2e-2a7c-4f7e-9a51-3c1d2f3e4a5b","occurredAt":"2027-05-31T15:00:00Z",
                 "memberId":"M0000001","renewalId":"2027-M0000001","fiscalYear":2027,"expiredOn":"2027-05-31"%s}
                """.formatted(v11Fields);
    }
}
