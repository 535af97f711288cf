package itc.renewal.points;

import itc.renewal.platform.identity.Identity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;

import static itc.renewal.points.PointsServiceDriver.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections and withdrawals of entries (rule P3) and association imports over HTTP, and what the ledger stored of
 * them. A bean of the IT's context, next to the {@link PointsServiceDriver} it uses.
 */
class EntryEdits {

    private final PointsServiceDriver driver;
    private final JdbcTemplate jdbc;

    EntryEdits(PointsServiceDriver driver, JdbcTemplate jdbc) {
        this.driver = driver;
        this.jdbc = jdbc;
    }

    HttpResponse<String> correct(String member, String entryId, String body) throws Exception {
        return driver.send(Identity.member(member), "PUT", "/api/points/entries/" + entryId, body);
    }

    HttpResponse<String> withdraw(String member, String entryId, String body) throws Exception {
        return driver.send(Identity.member(member), "POST", "/api/points/entries/" + entryId + "/withdrawal", body);
    }

    /** An operator import of one CSV row; its HTTP status. */
    int importRow(String row) throws Exception {
        return driver.importFile(OPERATOR, "member_id,activity_date,category,hours,points,title\n" + row + "\n")
                .statusCode();
    }

    /** The id of an entry registered with 201. */
    String entryId(HttpResponse<String> registered) throws Exception {
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return driver.read(registered).get("entryId").asText();
    }

    void assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(driver.read(response).get("code").asText()).isEqualTo(code);
    }

    /** How many events the member's ledger stored. */
    int eventsOf(String member) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, member);
    }
}
