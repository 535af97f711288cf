package itc.renewal.localstack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventsOptionsTest {

    @Test
    void theRenewalTopicFromTheBeginningForEveryMemberByDefault() {
        EventsOptions options = EventsOptions.parse(List.of());

        assertThat(options).isEqualTo(new EventsOptions("itc.renewal.events", null, false));
        assertThat(options.wants("M0000001")).isTrue();
        assertThat(options.wants(null)).isTrue();
    }

    @Test
    void oneMembersRecordsOfATopicFollowed() {
        EventsOptions options = EventsOptions.parse(List.of("itc.points.events", "--member", "M0000001", "--follow"));

        assertThat(options).isEqualTo(new EventsOptions("itc.points.events", "M0000001", true));
        assertThat(options.wants("M0000001")).isTrue();
        assertThat(options.wants("M0000002")).isFalse();
        assertThat(options.wants(null)).isFalse();
    }

    @Test
    void aWrongArgumentIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> EventsOptions.parse(List.of("--member"))).hasMessageContaining("--member needs")
                .hasMessageContaining(EventsOptions.USAGE);
        assertThatThrownBy(() -> EventsOptions.parse(List.of("--member", "--follow")))
                .hasMessageContaining("--member needs");
        assertThatThrownBy(() -> EventsOptions.parse(List.of("--since", "2027"))).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> EventsOptions.parse(List.of("a", "b"))).hasMessageContaining("one topic at a time");
    }
}
