package itc.renewal.platform.processing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentShareTest {

    @Test
    void aSecondInstanceHoldingNothingGetsOneOfTwoSegments() {
        assertThat(SegmentShare.shouldRelease(2, List.of(0))).isTrue();
    }

    @Test
    void anEvenShareStays() {
        assertThat(SegmentShare.shouldRelease(1, List.of(1))).isFalse();
        assertThat(SegmentShare.shouldRelease(2, List.of(1, 1))).isFalse();
    }

    @Test
    void aLoneInstanceKeepsEverySegment() {
        assertThat(SegmentShare.shouldRelease(2, List.of())).isFalse();
    }

    @Test
    void aThirdInstanceWithNothingTakesFromTheOneWithTwo() {
        assertThat(SegmentShare.shouldRelease(2, List.of(0, 0))).isTrue();
        assertThat(SegmentShare.shouldRelease(1, List.of(0, 1))).isFalse();
    }
}
