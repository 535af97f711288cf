package itc.renewal.renewal.qualification.query;

import itc.renewal.renewal.qualification.api.FindHolderQuery;
import itc.renewal.renewal.qualification.api.HolderView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class HolderQueryHandler {

    private final QualificationRegistry registry;

    HolderQueryHandler(QualificationRegistry registry) {
        this.registry = registry;
    }

    @QueryHandler
    HolderView handle(FindHolderQuery query) {
        return HolderView.of(registry.require(query.memberId()));
    }
}
