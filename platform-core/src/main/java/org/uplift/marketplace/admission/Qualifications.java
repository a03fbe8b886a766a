package org.uplift.marketplace.admission;

import java.util.List;

/** A provider's qualifications as its application stores them. */
public record Qualifications(String businessScope, List<Certificate> certificates, List<ReferenceProject> references,
        int staffCount, List<String> dimensions, List<String> scenarios) {
}
