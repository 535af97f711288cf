package itc.renewal.gateway.operator.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The facts of several services in one order an auditor can read: by business time (one clock for every service,
 * rule D2), one aggregate's facts in stream order, and never an effect before its cause when both are listed (two
 * services can stamp a cause and its effect with the same millisecond). A topological order by causation that
 * takes the earliest fact whenever several are free.
 */
final class CausalOrder {

    private static final Comparator<TrailEntry> BY_TIME = Comparator.comparing(TrailEntry::occurredAt)
            .thenComparing(entry -> entry.aggregateId() == null ? "" : entry.aggregateId())
            .thenComparing(entry -> entry.sequence() == null ? 0L : entry.sequence())
            .thenComparing(TrailEntry::eventId);

    private CausalOrder() {
    }

    static List<TrailEntry> of(List<TrailEntry> entries) {
        Map<String, TrailEntry> byId = new LinkedHashMap<>();
        entries.stream().sorted(BY_TIME).forEach(entry -> byId.putIfAbsent(entry.eventId(), entry));
        Map<String, List<TrailEntry>> effects = new HashMap<>();
        PriorityQueue<TrailEntry> free = new PriorityQueue<>(BY_TIME);
        for (TrailEntry entry : byId.values()) {
            if (hasListedCause(entry, byId)) {
                effects.computeIfAbsent(entry.causationId(), cause -> new ArrayList<>()).add(entry);
            } else {
                free.add(entry);
            }
        }
        List<TrailEntry> ordered = new ArrayList<>(byId.size());
        while (!free.isEmpty()) {
            TrailEntry next = free.poll();
            ordered.add(next);
            free.addAll(effects.getOrDefault(next.eventId(), List.of()));
        }
        if (ordered.size() < byId.size()) {
            // a cycle of causes (never written by the services) is listed by time rather than dropped
            byId.values().stream().filter(entry -> !ordered.contains(entry)).forEach(ordered::add);
        }
        return ordered;
    }

    private static boolean hasListedCause(TrailEntry entry, Map<String, TrailEntry> byId) {
        return entry.causationId() != null && !entry.causationId().equals(entry.eventId())
                && byId.containsKey(entry.causationId());
    }
}
