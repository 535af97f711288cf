package itc.renewal.renewal.qualification.query;

import itc.renewal.renewal.qualification.api.FindHolderQuery;
import itc.renewal.renewal.qualification.api.HolderView;
import itc.renewal.renewal.qualification.domain.Holder;
import itc.renewal.renewal.qualification.domain.NextRenewals;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class HolderQueryHandler {

    private final QualificationRegistry registry;
    private final NextRenewals nextRenewals;

    HolderQueryHandler(QualificationRegistry registry, NextRenewals nextRenewals) {
        this.registry = registry;
        this.nextRenewals = nextRenewals;
    }

    @QueryHandler
    HolderView handle(FindHolderQuery query) {
        Holder holder = registry.require(query.memberId());
        return HolderView.of(holder, nextRenewals.of(holder));
    }
}
