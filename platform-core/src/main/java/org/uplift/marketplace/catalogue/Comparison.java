package org.uplift.marketplace.catalogue;

import java.util.List;

/**
 * Up to {@link Catalogue#MAX_COMPARED} packages side by side: one column per package in the order asked,
 * rows aligned (a value per package, null where it has none).
 */
public record Comparison(List<CatalogueItem> packages, List<Row> rows) {

    public Comparison {
        packages = List.copyOf(packages);
        rows = List.copyOf(rows);
    }

    /**
     * One line of the comparison.
     *
     * @param labelKey       the i18n key of the row's label
     * @param labelArguments its placeholders (a scenario or dimension key, a cost category)
     * @param values         one per package, typed (Long fen, Integer days or level, Boolean, enums, text); null
     *                       where the package has nothing for the row
     */
    public record Row(String labelKey, List<Object> labelArguments, List<Object> values) {

        public Row {
            labelArguments = List.copyOf(labelArguments);
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
