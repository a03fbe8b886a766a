package org.uplift.marketplace.admission;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param informationDeadline how long a provider has, by default, to answer a request for more information
 * @param noticePeriod how long an approved application is on public notice, unless its authority has its own
 * @param noticePeriodByAuthority an authority's own notice period, keyed by its tenant id
 * @param appealWindow how long a sanctioned provider has to lodge its one appeal
 * @param maxCertificateSize the largest certificate scan accepted
 */
@ConfigurationProperties("uplift.marketplace.admission")
public record AdmissionProperties(@DefaultValue("P10D") Duration informationDeadline,
        @DefaultValue("P7D") Duration noticePeriod, Map<String, Duration> noticePeriodByAuthority,
        @DefaultValue("P15D") Duration appealWindow, @DefaultValue("10MB") DataSize maxCertificateSize) {

    public AdmissionProperties {
        noticePeriodByAuthority = noticePeriodByAuthority == null ? Map.of() : Map.copyOf(noticePeriodByAuthority);
    }

    public Duration noticePeriodFor(String authorityTenantId) {
        return noticePeriodByAuthority.getOrDefault(authorityTenantId, noticePeriod);
    }
}
