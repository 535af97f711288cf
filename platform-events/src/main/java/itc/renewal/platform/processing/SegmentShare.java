package itc.renewal.platform.processing;

import java.util.Collection;

/**
 * How the segments of one event processor are shared between the live instances of a service: an instance gives
 * one of its segments away while it holds at least two more than the instance holding the fewest, so two instances
 * of a processor with two segments hold one each, and a lone instance keeps all of them.
 */
final class SegmentShare {

    private SegmentShare() {
    }

    /**
     * @param mine   how many segments this instance processes
     * @param others how many each other live instance holds (instances holding none included)
     * @return whether this instance should release one of its segments now
     */
    static boolean shouldRelease(int mine, Collection<Integer> others) {
        return others.stream().mapToInt(Integer::intValue).min().stream().anyMatch(fewest -> mine - fewest >= 2);
    }
}
