package org.uplift.marketplace.admission;

import java.util.List;

/**
 * What a provider submits to apply to a pool. {@code dimensions} and {@code scenarios} are keys of the MIIT
 * framework ({@code miit-2024}) the provider serves.
 */
public record ApplicationForm(String businessScope, List<CertificateInput> certificates,
        List<ReferenceProject> references, Integer staffCount, List<String> dimensions, List<String> scenarios) {

    public ApplicationForm {
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        references = references == null ? List.of() : List.copyOf(references);
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }
}
