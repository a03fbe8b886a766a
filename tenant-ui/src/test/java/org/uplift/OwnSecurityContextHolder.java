package org.uplift;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Each application context installs its own Vaadin-aware SecurityContextHolderStrategy as Spring
 * Security's global one, and the application reads the principal through the global holder. With
 * several cached contexts in one JVM the last one started would win; this puts the tested context's
 * strategy in place for each test and gives the previous one back after the class.
 */
public class OwnSecurityContextHolder extends AbstractTestExecutionListener {

    private SecurityContextHolderStrategy previous;

    /**
     * Also before the class: {@code @BeforeAll} methods already call the running server (ApiAttackSuiteTest
     * fetches its tokens there). When the context was cached by an earlier class, whose
     * {@link #afterTestClass} gave back the strategy from before that context existed, the server's filters
     * would otherwise store the token request's authentication in the context's strategy and read it from
     * the global one, and the token endpoint answered "302 to /idp/login".
     */
    @Override
    public void beforeTestClass(TestContext testContext) {
        previous = SecurityContextHolder.getContextHolderStrategy();
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        if (previous != null) {
            SecurityContextHolder.setContextHolderStrategy(previous);
        }
    }
}
