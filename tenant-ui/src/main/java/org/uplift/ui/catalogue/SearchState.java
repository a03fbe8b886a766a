package org.uplift.ui.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.uplift.marketplace.catalogue.CatalogueQuery;
import org.uplift.marketplace.catalogue.CatalogueSort;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.SolutionCategory;
import org.uplift.platform.Formats;

import com.vaadin.flow.router.QueryParameters;

/**
 * What the catalogue page shows, as it stands in the URL's query parameters (shareable, and the back
 * button returns to the previous search). Prices in yuan, as the SME enters them; the query asks in fen.
 * Values that do not parse (a hand-edited URL) are dropped; values that parse but are out of range
 * (a negative price) are kept, so the catalogue's refusal is shown on the field.
 *
 * @param compare the packages picked for comparison, in the order picked
 */
record SearchState(String text, SolutionCategory category, String dimension, String scenario, BigDecimal minYuan,
        BigDecimal maxYuan, Deployment deployment, BigDecimal minRating, boolean subsidyEligible, String provider,
        CatalogueSort sort, int page, int size, List<String> compare) {

    static final int DEFAULT_SIZE = 12;

    static final String TEXT = "q";
    static final String CATEGORY = "category";
    static final String DIMENSION = "dimension";
    static final String SCENARIO = "scenario";
    static final String MIN_PRICE = "minPrice";
    static final String MAX_PRICE = "maxPrice";
    static final String DEPLOYMENT = "deployment";
    static final String MIN_RATING = "minRating";
    static final String SUBSIDY = "subsidyEligible";
    static final String PROVIDER = "provider";
    static final String SORT = "sort";
    static final String PAGE = "page";
    static final String SIZE = "size";
    static final String COMPARE = "compare";

    SearchState {
        text = text == null ? "" : text.strip();
        sort = sort == null ? CatalogueSort.RELEVANCE : sort;
        compare = compare == null ? List.of() : List.copyOf(new LinkedHashSet<>(compare));
    }

    static SearchState initial() {
        return new SearchState("", null, null, null, null, null, null, null, false, null, null, 0, DEFAULT_SIZE, List.of());
    }

    static SearchState of(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        return new SearchState(one(p, TEXT).orElse(""), one(p, CATEGORY).flatMap(enumOf(SolutionCategory.class)).orElse(null),
                one(p, DIMENSION).orElse(null), one(p, SCENARIO).orElse(null),
                one(p, MIN_PRICE).flatMap(SearchState::decimal).orElse(null),
                one(p, MAX_PRICE).flatMap(SearchState::decimal).orElse(null),
                one(p, DEPLOYMENT).flatMap(enumOf(Deployment.class)).orElse(null),
                one(p, MIN_RATING).flatMap(SearchState::decimal).orElse(null),
                one(p, SUBSIDY).map(Boolean::parseBoolean).orElse(false), one(p, PROVIDER).orElse(null),
                one(p, SORT).flatMap(enumOf(CatalogueSort.class)).orElse(null),
                one(p, PAGE).flatMap(SearchState::integer).orElse(0),
                one(p, SIZE).flatMap(SearchState::integer).orElse(DEFAULT_SIZE),
                one(p, COMPARE).map(ids -> List.of(ids.split(","))).orElse(List.of()).stream()
                        .filter(id -> !id.isBlank()).toList());
    }

    QueryParameters toParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, TEXT, text.isEmpty() ? null : text);
        put(p, CATEGORY, category == null ? null : category.name());
        put(p, DIMENSION, dimension);
        put(p, SCENARIO, scenario);
        put(p, MIN_PRICE, minYuan == null ? null : minYuan.toPlainString());
        put(p, MAX_PRICE, maxYuan == null ? null : maxYuan.toPlainString());
        put(p, DEPLOYMENT, deployment == null ? null : deployment.name());
        put(p, MIN_RATING, minRating == null ? null : minRating.toPlainString());
        put(p, SUBSIDY, subsidyEligible ? "true" : null);
        put(p, PROVIDER, provider);
        put(p, SORT, sort == CatalogueSort.RELEVANCE ? null : sort.name());
        put(p, PAGE, page == 0 ? null : String.valueOf(page));
        put(p, SIZE, size == DEFAULT_SIZE ? null : String.valueOf(size));
        put(p, COMPARE, compare.isEmpty() ? null : String.join(",", compare));
        return QueryParameters.simple(p);
    }

    /** The catalogue's query; a price with less than a fen asks for a negative one, which it refuses. */
    CatalogueQuery toQuery() {
        return CatalogueQuery.text(text).withCategory(category).withDimension(dimension).withScenario(scenario)
                .withPrice(fen(minYuan), fen(maxYuan)).withDeployment(deployment).withMinRating(minRating)
                .withSubsidyEligible(subsidyEligible).withProvider(provider).sortedBy(sort).page(page, size);
    }

    /** Any change of what is searched starts again on the first page. */
    SearchState searching(Function<SearchState, SearchState> change) {
        SearchState changed = change.apply(this);
        return changed.page(0);
    }

    SearchState withText(String value) {
        return new SearchState(value, category, dimension, scenario, minYuan, maxYuan, deployment, minRating,
                subsidyEligible, provider, sort, page, size, compare);
    }

    SearchState withCategory(SolutionCategory value) {
        return new SearchState(text, value, dimension, scenario, minYuan, maxYuan, deployment, minRating,
                subsidyEligible, provider, sort, page, size, compare);
    }

    SearchState withDimension(String value) {
        return new SearchState(text, category, value, scenario, minYuan, maxYuan, deployment, minRating,
                subsidyEligible, provider, sort, page, size, compare);
    }

    SearchState withScenario(String value) {
        return new SearchState(text, category, dimension, value, minYuan, maxYuan, deployment, minRating,
                subsidyEligible, provider, sort, page, size, compare);
    }

    SearchState withPrice(BigDecimal min, BigDecimal max) {
        return new SearchState(text, category, dimension, scenario, min, max, deployment, minRating, subsidyEligible,
                provider, sort, page, size, compare);
    }

    SearchState withDeployment(Deployment value) {
        return new SearchState(text, category, dimension, scenario, minYuan, maxYuan, value, minRating,
                subsidyEligible, provider, sort, page, size, compare);
    }

    SearchState withMinRating(BigDecimal value) {
        return new SearchState(text, category, dimension, scenario, minYuan, maxYuan, deployment, value,
                subsidyEligible, provider, sort, page, size, compare);
    }

    SearchState withSubsidyEligible(boolean value) {
        return new SearchState(text, category, dimension, scenario, minYuan, maxYuan, deployment, minRating, value,
                provider, sort, page, size, compare);
    }

    SearchState withProvider(String value) {
        return new SearchState(text, category, dimension, scenario, minYuan, maxYuan, deployment, minRating,
                subsidyEligible, value, sort, page, size, compare);
    }

    SearchState sortedBy(CatalogueSort value) {
        return new SearchState(text, category, dimension, scenario, minYuan, maxYuan, deployment, minRating,
                subsidyEligible, provider, value, page, size, compare);
    }

    SearchState page(int value) {
        return new SearchState(text, category, dimension, scenario, minYuan, maxYuan, deployment, minRating,
                subsidyEligible, provider, sort, value, size, compare);
    }

    SearchState comparing(List<String> value) {
        return new SearchState(text, category, dimension, scenario, minYuan, maxYuan, deployment, minRating,
                subsidyEligible, provider, sort, page, size, value);
    }

    private static Long fen(BigDecimal yuan) {
        return yuan == null ? null : Formats.fen(yuan).orElse(-1L);
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value);
        }
    }

    private static Optional<String> one(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.get(0).isBlank() ? Optional.empty() : Optional.of(values.get(0).strip());
    }

    private static <E extends Enum<E>> Function<String, Optional<E>> enumOf(Class<E> type) {
        return value -> {
            try {
                return Optional.of(Enum.valueOf(type, value));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        };
    }

    private static Optional<BigDecimal> decimal(String value) {
        try {
            return value.length() > 20 ? Optional.empty() : Optional.of(new BigDecimal(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> integer(String value) {
        try {
            return Optional.of(Integer.parseInt(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    static List<String> toggled(List<String> ids, String id) {
        List<String> changed = new ArrayList<>(ids);
        if (!changed.remove(id)) {
            changed.add(id);
        }
        return changed;
    }
}
