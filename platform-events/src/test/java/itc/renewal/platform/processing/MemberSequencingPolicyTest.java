package itc.renewal.platform.processing;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11: a relay's segments keep each member's events together, whichever aggregate recorded them. */
class MemberSequencingPolicyTest {

    record PointsAdded(String memberId, int points) {
    }

    record ChargeDeclined(String renewalId, String reason) {
    }

    record SettingsChanged(String code) {
    }

    private final MemberSequencingPolicy policy = MemberSequencingPolicy.INSTANCE;

    @Test
    void eventsOfOneMemberFromTwoAggregatesShareTheirSequence() {
        Object fromLedger = policy.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("Ledger", "ledger-M0000001", 3, new PointsAdded("M0000001", 5)));
        Object fromOrder = policy.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("Order", "order-17", 0, new ChargeDeclined("2027-M0000001", "x")));
        assertThat(fromLedger).isEqualTo(fromOrder).isEqualTo("member:M0000001");
    }

    @Test
    void differentMembersAreDifferentSequences() {
        assertThat(policy.getSequenceIdentifierFor(GenericEventMessage.asEventMessage(new PointsAdded("M0000001", 1))))
                .isNotEqualTo(policy.getSequenceIdentifierFor(
                        GenericEventMessage.asEventMessage(new PointsAdded("M0000002", 1))));
    }

    @Test
    void anEventNamingNoMemberFollowsItsAggregate() {
        assertThat(policy.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("Settings", "settings-2027", 4, new SettingsChanged("A"))))
                .isEqualTo("settings-2027");
        assertThat(policy.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("Ledger", "ledger-9", 1, new PointsAdded(null, 1))))
                .isEqualTo("ledger-9");
    }
}
