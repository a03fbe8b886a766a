package org.uplift.marketplace.clients;

import java.util.List;

/** One page of a provider's clients, most recent activity first; {@code page} from 0. */
public record ClientPage(List<ProviderClient> items, int page, int size, long total) {
}
