package org.uplift.marketplace.catalogue;

import java.util.List;

/** One page of search results and how many matched in all. */
public record CataloguePage(List<CatalogueItem> items, int page, int size, long total) {

    public CataloguePage {
        items = List.copyOf(items);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
