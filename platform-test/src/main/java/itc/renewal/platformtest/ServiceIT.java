package itc.renewal.platformtest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.annotation.DirtiesContext;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service integration test: the whole Spring Boot service on a random port, on a fresh database of a real
 * PostgreSQL server and a real Kafka broker ({@link RealInfrastructure}). Its context is closed after the class,
 * while the shared servers still run: left cached until the JVM exits, contexts would close in shutdown hooks
 * running alongside the one that stops those servers, and their Kafka clients, pollers and processors would wait
 * on dead servers longer than the test fork may take to exit. Each IT has properties of its own, so no context
 * would be shared anyway.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface ServiceIT {

    /** Properties of this test's context, e.g. its own consumer group so that it takes only its own events. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
