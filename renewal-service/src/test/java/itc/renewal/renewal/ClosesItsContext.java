package itc.renewal.renewal;

import org.springframework.test.annotation.DirtiesContext;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service IT closes its Spring context after its class, while the shared PostgreSQL and Kafka still run. Left
 * cached until the JVM exits, the contexts would close in shutdown hooks running alongside the one that stops
 * those servers; their Kafka clients, pollers and processors then wait on dead servers for longer than the test
 * fork may take to exit ("Surefire is going to kill self fork JVM"), which fails the build. Each IT has
 * properties of its own, so no context was shared anyway.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@interface ClosesItsContext {
}
