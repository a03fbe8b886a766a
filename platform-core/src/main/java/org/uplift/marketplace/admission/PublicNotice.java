package org.uplift.marketplace.admission;

import java.time.Instant;
import java.util.List;

/** What the public notice (公示) of an approved application shows to anyone signed in. */
public record PublicNotice(String applicationId, String providerName, String authorityName, String businessScope,
        List<String> dimensions, List<String> scenarios, Instant endsAt) {
}
