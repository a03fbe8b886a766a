package org.uplift.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Async event listeners run on Boot's task executor. They inherit no tenant: every event names the
 * tenant it concerns, and the listener works as that tenant.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
