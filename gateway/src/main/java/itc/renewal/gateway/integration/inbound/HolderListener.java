package itc.renewal.gateway.integration.inbound;

import itc.renewal.contracts.holders.v1.HolderContactChanged;
import itc.renewal.contracts.holders.v1.HolderRegistered;
import itc.renewal.gateway.account.api.HolderContact;
import itc.renewal.gateway.account.lifecycle.AccountOpening;
import itc.renewal.platform.messaging.InboundRouter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** What the gateway takes from the holders topic {@code itc.holders}: accounts follow the registry (Q1). */
@Configuration(proxyBeanMethods = false)
class HolderListener {

    @Bean
    Consumer<Message<byte[]>> holderEventsListener(InboundRouter router, AccountOpening opening) {
        return router.route()
                .on(HolderRegistered.class, holder -> opening.holderRegistered(
                        new HolderContact(holder.memberId(), holder.name(), holder.email())))
                .on(HolderContactChanged.class, holder -> opening.contactChanged(
                        new HolderContact(holder.memberId(), holder.name(), holder.email())));
    }
}
