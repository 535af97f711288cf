package itc.renewal.points.ledger.command;

import itc.renewal.points.ledger.domain.CapAllocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fiscal year's active entries in registration order, each with the cap recorded with it: enough to
 * allocate the caps ({@link CapAllocation}) after a registration, a correction or a withdrawal.
 */
final class FiscalYearTally {

    private final Map<String, CapAllocation.Entry> active = new LinkedHashMap<>();

    CapAllocation allocation() {
        return new CapAllocation(List.copyOf(active.values()));
    }

    /** The allocation with {@code entry} in its place if the year has it already, appended otherwise. */
    CapAllocation allocationWith(CapAllocation.Entry entry) {
        Map<String, CapAllocation.Entry> changed = new LinkedHashMap<>(active);
        changed.put(entry.entryId(), entry);
        return new CapAllocation(List.copyOf(changed.values()));
    }

    CapAllocation allocationWithout(String entryId) {
        Map<String, CapAllocation.Entry> changed = new LinkedHashMap<>(active);
        changed.remove(entryId);
        return new CapAllocation(List.copyOf(changed.values()));
    }

    /** A map keeps the position of a key it holds: a corrected entry stays where it was registered. */
    void put(CapAllocation.Entry entry) {
        active.put(entry.entryId(), entry);
    }

    void remove(String entryId) {
        active.remove(entryId);
    }

    /** Value equality in order: Axon's fixture compares the state built by commands with the state rebuilt from events. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FiscalYearTally tally && entries().equals(tally.entries());
    }

    @Override
    public int hashCode() {
        return entries().hashCode();
    }

    private List<CapAllocation.Entry> entries() {
        return new ArrayList<>(active.values());
    }
}
