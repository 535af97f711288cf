package itc.renewal.points.config;

import itc.renewal.points.catalogue.CategoryCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring: the category catalogue the ledger's command handlers receive as a parameter. */
@Configuration(proxyBeanMethods = false)
class PointsConfiguration {

    @Bean
    CategoryCatalogue categoryCatalogue() {
        return CategoryCatalogue.standard();
    }
}
