package itc.renewal.gateway.operator.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    @Test
    void oneRowPerFactWithThePayloadQuotedAndFormulasDefused() throws Exception {
        TrailEntry entry = new TrailEntry("e1", "renewal-service", "RenewalAppliedEvent",
                Instant.parse("2027-04-10T01:00:00Z"), "2027-M0000001", 0L, "member:M0000001", "j1", "r1",
                new ObjectMapper().readTree("{\"renewalId\":\"2027-M0000001\",\"note\":\"a, \\\"b\\\"\"}"));

        String[] lines = AuditCsv.of(List.of(entry)).split("\r\n");

        assertThat(lines[0]).isEqualTo(AuditCsv.HEADER);
        assertThat(lines[1]).isEqualTo("2027-04-10T01:00:00Z,renewal-service,RenewalAppliedEvent,member:M0000001,j1,r1,"
                + "e1,2027-M0000001,0,\"{\"\"renewalId\"\":\"\"2027-M0000001\"\",\"\"note\"\":\"\"a, \\\"\"b\\\"\"\"\"}\"");
        assertThat(AuditCsv.field("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(AuditCsv.field(null)).isEmpty();
    }
}
