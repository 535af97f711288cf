package itc.renewal.gateway.routing;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which service a path is routed to, read from the gateway's own routes (application.yml: each route's id is the
 * service's name, its {@code Path=} predicate the paths it serves), so that the identity the gateway signs names the
 * one service it is meant for and nothing else can use it.
 */
@Component
public class ServiceAudiences {

    /** A route as configured: its id and its predicates, e.g. {@code Path=/api/points/**,/api/operator/points/**}. */
    record RouteSpec(String id, String uri, List<String> predicates) {
    }

    private record Audience(String service, PathPattern pattern) {
    }

    private final List<Audience> audiences = new ArrayList<>();
    private final Map<String, String> uris = new HashMap<>();

    public ServiceAudiences(Environment environment) {
        List<RouteSpec> routes = Binder.get(environment).bind("spring.cloud.gateway.server.webmvc.routes",
                Bindable.listOf(RouteSpec.class)).orElse(List.of());
        for (RouteSpec route : routes) {
            if (route.uri() != null) {
                uris.putIfAbsent(route.id(), route.uri());
            }
            for (String predicate : route.predicates() == null ? List.<String>of() : route.predicates()) {
                if (predicate.startsWith("Path=")) {
                    for (String path : predicate.substring("Path=".length()).split(",")) {
                        audiences.add(new Audience(route.id(), PathPatternParser.defaultInstance.parse(path.strip())));
                    }
                }
            }
        }
    }

    /** The base URI of {@code service} (a route id), as its route names it. */
    public String uriOf(String service) {
        String uri = uris.get(service);
        if (uri == null) {
            throw new IllegalArgumentException("no route leads to " + service);
        }
        return uri;
    }

    /** The service {@code path} is routed to, if any route serves it. */
    public Optional<String> of(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return audiences.stream().filter(a -> a.pattern().matches(container)).map(Audience::service).findFirst();
    }
}
