package org.uplift.workflows.quote;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/** The multi-instance collection of the answer task: the providers asked, from the comma-separated variable. */
@Component("quoteProviders")
public class QuoteProviders {

    public List<String> split(String providerTenantIds) {
        return Arrays.stream(providerTenantIds.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
