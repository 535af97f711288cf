package itc.renewal.points.archfixture.domain;

import org.springframework.web.client.RestClient;

/** Fixture of ServiceArchitectureRulesTest: a domain class that calls HTTP itself, on purpose. */
public class WebCallingRule {

    RestClient client;
}
