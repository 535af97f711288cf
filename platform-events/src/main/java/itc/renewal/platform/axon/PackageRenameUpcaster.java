package itc.renewal.platform.axon;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Map;

/**
 * Reads events stored under a package that was renamed since: the event store keeps each payload's class name,
 * so an event written as {@code itc.renewal.renewal.renewal.api.RenewalAppliedEvent} is read as
 * {@code itc.renewal.renewal.procedure.api.RenewalAppliedEvent}. The stored events stay as they were written
 * (an event store is append-only); only their reading changes. Payload and revision are untouched.
 */
public class PackageRenameUpcaster extends SingleEventUpcaster {

    private final Map<String, String> renamedPackages;

    /** @param renamedPackages old package → new package, e.g. {@code "a.b.old" → "a.b.new"} */
    public PackageRenameUpcaster(Map<String, String> renamedPackages) {
        this.renamedPackages = Map.copyOf(renamedPackages);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return renamed(representation.getType().getName()) != null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String name = representation.getType().getName();
        return representation.upcastPayload(new SimpleSerializedType(renamed(name), representation.getType().getRevision()),
                byte[].class, payload -> payload);
    }

    private String renamed(String className) {
        int lastDot = className.lastIndexOf('.');
        if (lastDot < 0) {
            return null;
        }
        String newPackage = renamedPackages.get(className.substring(0, lastDot));
        return newPackage == null ? null : newPackage + className.substring(lastDot);
    }
}
