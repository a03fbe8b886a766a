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

    @Override
    public void beforeTestClass(TestContext testContext) {
        previous = SecurityContextHolder.getContextHolderStrategy();
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
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
