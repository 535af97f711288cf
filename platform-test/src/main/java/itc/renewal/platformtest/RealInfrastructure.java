package itc.renewal.platformtest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring test context a fresh database on a real PostgreSQL server and a real Kafka (KRaft)
 * broker: Testcontainers where a Docker engine answers, the embedded servers of local-stack
 * otherwise. The servers start once per JVM; each context gets a database of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {
}
