package itc.renewal.platform.problem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problems an endpoint can answer besides those any endpoint can (a malformed request, a missing identity, a
 * body too large: see {@code OpenApiProblems}), each written {@code "<status> <code>"}, e.g.
 * {@code "409 renewal.already-applied"}. On a handler method, or on its controller for problems every method of it
 * can answer. The OpenAPI document lists them per operation with the problem-detail schema; each service's
 * ProblemCodesCoverageTest fails when a code its code raises is listed on no endpoint.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ProblemCodes {

    /** {@code "<status> <code>"}, e.g. {@code "404 points.entry-not-found"}. */
    String[] value();
}
