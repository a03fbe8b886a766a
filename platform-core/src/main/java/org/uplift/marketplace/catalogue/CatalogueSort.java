package org.uplift.marketplace.catalogue;

/** How search results are ordered; ties fall back to relevance, then the package id. */
public enum CatalogueSort {
    RELEVANCE, PRICE_ASC, PRICE_DESC, RATING
}
