package itc.renewal.renewal.qualification.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Writes the qualification registry (Q1) for an operator's import; reads what the import must check against. */
public interface HolderRegistration {

    /** The registered holders among {@code memberIds}, by member id. */
    Map<String, Holder> findAll(Collection<String> memberIds);

    /** The member id each of {@code certificationNumbers} is registered to, if it is. */
    Map<String, String> holdersOfCertifications(Collection<String> certificationNumbers);

    void registerAll(List<Holder> holders);

    /** Changes name, kana and e-mail of each (registered) holder to the given ones; nothing else. */
    void changeContacts(List<Holder> holders);

    /** Registers {@code holder} unless their member id is registered already; whether it was new. */
    boolean addIfMissing(Holder holder);

    /**
     * Up to {@code limit} holders not yet announced as registered (Q1), locked for the caller's transaction and
     * skipped by any other that looks at the same time, so two instances never announce one holder twice.
     */
    List<Holder> unannounced(int limit);

    void markAnnounced(Collection<String> memberIds);
}
