package itc.renewal.renewal.procedure.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.renewal.procedure.api.CertificateHolder;
import itc.renewal.renewal.procedure.api.CompleteRenewalCommand;
import itc.renewal.renewal.qualification.domain.Holders;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completes a {@link Renewal} (C1) with what the aggregate cannot know: business time and the holder's
 * certificate data (C4), read from the registry now so that the completion event carries them and the
 * relay publishing it later never depends on live data.
 */
@Component
class RenewalCompletionHandler {

    private static final Logger log = LoggerFactory.getLogger(RenewalCompletionHandler.class);

    private final Repository<Renewal> renewals;
    private final Holders holders;
    private final BusinessClock clock;

    RenewalCompletionHandler(Repository<Renewal> renewals, Holders holders, BusinessClock clock) {
        this.renewals = renewals;
        this.holders = holders;
        this.clock = clock;
    }

    @CommandHandler
    void handle(CompleteRenewalCommand command) {
        Aggregate<Renewal> renewal = renewals.load(command.renewalId());
        String memberId = renewal.invoke(Renewal::memberId);
        // The holder applied, so they are registered; should the registry have lost them, the renewal
        // still completes (the member did everything) and the certificate data stays unknown.
        CertificateHolder certificate = holders.find(memberId).map(CertificateHolder::of).orElse(null);
        if (certificate == null) {
            log.warn("Renewal {} completes without certificate data: holder {} is not in the registry",
                    command.renewalId(), memberId);
        }
        renewal.execute(r -> r.complete(certificate, clock.instant()));
    }
}
