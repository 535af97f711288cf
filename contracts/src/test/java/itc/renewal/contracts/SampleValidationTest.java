package itc.renewal.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each sample validates against its schema with an independent JSON Schema validator (formats asserted), and the
 * validator refuses what a consumer could not read, so the schemas are not vacuous.
 */
class SampleValidationTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    @TestFactory
    Stream<DynamicTest> everySampleValidatesAgainstItsSchema() {
        return EventTypes.contracts().stream().map(contract -> DynamicTest.dynamicTest(contract.type(),
                () -> assertThat(errors(contract, SchemaAgreementTest.sampleOf(contract))).isEmpty()));
    }

    @Test
    void aRecordMissingARequiredFieldIsRefused() {
        EventContract applied = EventTypes.contractOf(itc.renewal.contracts.renewal.v1.RenewalApplied.class);
        ObjectNode sample = SchemaAgreementTest.sampleOf(applied);
        sample.remove("renewalId");
        assertThat(errors(applied, sample)).extracting(Error::getMessage).anyMatch(m -> m.contains("renewalId"));
    }

    @Test
    void aWronglyTypedOrFormattedFieldIsRefused() {
        EventContract paid = EventTypes.contractOf(itc.renewal.contracts.payment.v1.FeePaid.class);
        ObjectNode sample = SchemaAgreementTest.sampleOf(paid);
        sample.put("amount", "22000");
        sample.put("occurredAt", "2027-04-10 09:30");
        sample.put("memberId", "m1");
        assertThat(errors(paid, sample)).extracting(error -> error.getInstanceLocation().toString())
                .contains("/amount", "/occurredAt", "/memberId");
    }

    @Test
    void fieldsAddedLaterAndOptionalFieldsLeftOutAreAccepted() {
        EventContract lapsed = EventTypes.contractOf(itc.renewal.contracts.renewal.v1.RenewalLapsed.class);
        ObjectNode sample = SchemaAgreementTest.sampleOf(lapsed);
        sample.remove("applied");
        sample.put("addedInV1_9", "a consumer ignores it");
        assertThat(errors(lapsed, sample)).isEmpty();
    }

    static List<Error> errors(EventContract contract, ObjectNode payload) {
        try (InputStream in = contract.schema()) {
            Schema schema = SCHEMAS.getSchema(in);
            return schema.validate(payload,
                    context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
