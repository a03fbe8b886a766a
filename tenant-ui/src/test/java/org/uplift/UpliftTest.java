package org.uplift;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestExecutionListeners.MergeMode;

/**
 * The whole application on a random port with in-memory MongoDB and H2 (profile "test"). Every
 * integration and view test uses exactly this, so they all share one cached Spring context. Metrics
 * export stays on (Boot's tests switch it off by default) so that /actuator/prometheus is served, and
 * the context's own security holder is used even when other application contexts live in the JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = UpliftApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false)
@TestExecutionListeners(listeners = OwnSecurityContextHolder.class, mergeMode = MergeMode.MERGE_WITH_DEFAULTS)
public @interface UpliftTest {
}
