package org.uplift.subsidy.application;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Implementation and on-site acceptance settings.
 *
 * @param warnBefore         how long before the implementation deadline the SME's owners and the provider are told
 * @param maxExtensionMonths the latest new deadline an extension may ask for, in months after the current one
 * @param checklist          the on-site checklist's item keys (translated as {@code acceptance.check.<key>}); all
 *                           must be ticked to confirm
 */
@ConfigurationProperties("uplift.subsidy.implementation")
public record ImplementationProperties(@DefaultValue("P30D") Duration warnBefore,
        @DefaultValue("6") int maxExtensionMonths,
        @DefaultValue({"deliverables", "contract", "invoices", "running", "training"}) List<String> checklist) {
}
