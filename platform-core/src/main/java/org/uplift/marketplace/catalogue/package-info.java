/**
 * The catalogue SMEs browse: {@link org.uplift.marketplace.catalogue.Catalogue} (search, filters, sort,
 * paging, compare up to three), its projection {@code catalogue_entries} and its Lucene index.
 */
@org.springframework.modulith.NamedInterface("catalogue")
package org.uplift.marketplace.catalogue;
