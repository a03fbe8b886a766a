package org.uplift.marketplace.catalogue;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.marketplace.pool.ProviderStandingChanged;
import org.uplift.marketplace.rating.ProviderRated;
import org.uplift.marketplace.rating.ProviderRatings;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.marketplace.solution.PublishedSolution;
import org.uplift.marketplace.solution.ScenarioTarget;
import org.uplift.marketplace.solution.SolutionPackages;
import org.uplift.marketplace.solution.SolutionPublished;
import org.uplift.marketplace.solution.SolutionWithdrawn;
import org.uplift.validation.Violations;

/**
 * The catalogue every signed-in tenant browses: the latest published version of every package of an
 * admitted provider. Search (Chinese and English, filters, sort, paging) runs on a Lucene index
 * ({@link CatalogueIndex}) that follows MongoDB: it is rebuilt from {@code catalogue_entries} at start-up
 * (and by {@link #rebuild()}), and updated in the same call as a publish, a withdrawal or a change of a
 * provider's standing (synchronous listeners), so a package is searchable as soon as the publish returns
 * and a suspended provider's packages are gone as soon as the suspension returns.
 */
@Service
@EnableConfigurationProperties(CatalogueProperties.class)
public class Catalogue implements SmartInitializingSingleton, DisposableBean {

    public static final int MAX_COMPARED = 3;
    /** Deeper than this, refine the query: Lucene collects every hit up to the page. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public static final String TOO_MANY_TO_COMPARE = "marketplace.compare.tooMany";
    public static final String UNKNOWN_PACKAGE = "marketplace.catalogue.unknownPackage";
    public static final String PAGE_RANGE = "marketplace.catalogue.pageRange";
    public static final String SIZE_RANGE = "marketplace.catalogue.sizeRange";
    public static final String PRICE_RANGE = "marketplace.catalogue.priceRange";
    public static final String RATING_RANGE = "marketplace.catalogue.ratingRange";

    private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

    private final MongoTemplate mongo;
    private final FrameworkCatalog frameworks;
    private final SolutionPackages packages;
    private final ProviderPool pool;
    private final ProviderRatings ratings;
    private final CatalogueProperties properties;
    private final Clock clock;
    private final CatalogueIndex index;
    /**
     * The visible entries by package id, kept with the index (same rebuild, same listeners): the candidates of
     * "recommended for you" are filtered here in memory, because reading them from MongoDB grew linearly with
     * the catalogue (1.5 s at 10,000 packages, docs/performance.md). Derived data like the index.
     */
    private volatile Map<String, CatalogueEntry> visible = new java.util.concurrent.ConcurrentHashMap<>();

    Catalogue(MongoTemplate mongo, FrameworkCatalog frameworks, SolutionPackages packages, ProviderPool pool,
            ProviderRatings ratings, CatalogueProperties properties, Clock clock) throws IOException {
        this.mongo = mongo;
        this.frameworks = frameworks;
        this.packages = packages;
        this.pool = pool;
        this.ratings = ratings;
        this.properties = properties;
        this.clock = clock;
        Directory directory = properties.inMemory() ? new ByteBuffersDirectory()
                : FSDirectory.open(Path.of(properties.indexDirectory()).toAbsolutePath().normalize());
        this.index = new CatalogueIndex(directory, properties.subsidyEligibleCategories());
    }

    @Override
    public void afterSingletonsInstantiated() {
        long indexed = rebuild();
        log.info("Catalogue index rebuilt from MongoDB ({}): {} visible packages",
                properties.inMemory() ? "in memory" : properties.indexDirectory(), indexed);
    }

    /** Recreates the search index from MongoDB; returns how many packages it holds. */
    public long rebuild() {
        List<CatalogueEntry> entries = mongo.find(query(where("listed").is(true).and("admitted").is(true)),
                CatalogueEntry.class);
        Map<String, CatalogueEntry> byId = new java.util.concurrent.ConcurrentHashMap<>();
        entries.stream().filter(CatalogueEntry::isVisible).forEach(e -> byId.put(e.getPackageId(), e));
        index.rebuild(entries, this::extraText);
        visible = byId;
        return index.size();
    }

    /** One page of visible packages matching the query. */
    public CataloguePage search(CatalogueQuery query) {
        check(query);
        CatalogueIndex.Hits hits = index.search(query);
        Map<String, CatalogueEntry> byId = entries(hits.packageIds());
        List<CatalogueItem> items = hits.packageIds().stream().map(byId::get)
                .filter(entry -> entry != null && entry.isVisible()).map(this::item).toList();
        return new CataloguePage(items, query.page(), query.size(), hits.total());
    }

    /** A visible package, as the catalogue shows it. */
    public Optional<CatalogueItem> find(String packageId) {
        return packageId == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(packageId, CatalogueEntry.class)).filter(CatalogueEntry::isVisible)
                        .map(this::item);
    }

    /** Every visible package improving one of these scenarios or dimensions: the candidates for recommendations. */
    public List<CatalogueItem> improving(Set<String> scenarioKeys, Set<String> dimensionKeys) {
        if (scenarioKeys.isEmpty() && dimensionKeys.isEmpty()) {
            return List.of();
        }
        return visible.values().stream()
                .filter(e -> e.getContent().scenarios().stream().anyMatch(t -> scenarioKeys.contains(t.scenarioKey()))
                        || e.getContent().dimensions().stream().anyMatch(dimensionKeys::contains))
                .map(this::item).toList();
    }

    /**
     * Up to {@value #MAX_COMPARED} visible packages side by side, in the order given (repeats ignored):
     * provider, price and what it covers, cost per category, delivery, deployment, rating, subsidy hint,
     * each scenario any of them improves (the level each reaches) and each dimension.
     */
    public Comparison compare(List<String> packageIds) {
        List<String> ids = packageIds == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(packageIds.stream().filter(id -> id != null).toList()));
        Violations violations = new Violations();
        violations.check(!ids.isEmpty(), "packageIds", "validation.required");
        violations.check(ids.size() <= MAX_COMPARED, "packageIds", TOO_MANY_TO_COMPARE, MAX_COMPARED);
        violations.throwIfAny();
        Map<String, CatalogueEntry> byId = entries(ids);
        for (String id : ids) {
            CatalogueEntry entry = byId.get(id);
            violations.check(entry != null && entry.isVisible(), "packageIds", UNKNOWN_PACKAGE, id);
        }
        violations.throwIfAny();
        List<CatalogueItem> items = ids.stream().map(byId::get).map(this::item).toList();
        return new Comparison(items, ComparisonRows.of(items, framework(items)));
    }

    @EventListener
    void on(SolutionPublished published) {
        PublishedSolution version = packages.publishedVersion(published.packageId(), published.version())
                .orElseThrow(() -> new IllegalStateException("Published version missing: " + published));
        CatalogueEntry entry = Optional.ofNullable(mongo.findById(published.packageId(), CatalogueEntry.class))
                .orElseGet(() -> new CatalogueEntry(published.packageId(), published.providerTenantId()));
        entry.show(version.getProviderName(), version.getVersion(), version.getContent(), version.getPublishedAt(),
                pool.isAdmitted(published.providerTenantId()), clock.instant());
        entry.rated(ratings.of(published.providerTenantId()).average());
        mongo.save(entry);
        index.put(entry, extraText(entry));
        remember(entry);
    }

    @EventListener
    void on(SolutionWithdrawn withdrawn) {
        mongo.updateFirst(query(where("_id").is(withdrawn.packageId())),
                new Update().set("listed", false).set("updatedAt", clock.instant()), CatalogueEntry.class);
        index.remove(withdrawn.packageId());
        visible.remove(withdrawn.packageId());
    }

    @EventListener
    void on(ProviderStandingChanged changed) {
        var ofProvider = query(where("providerTenantId").is(changed.providerTenantId()));
        mongo.updateMulti(ofProvider, new Update().set("admitted", changed.admitted()).set("updatedAt", clock.instant()),
                CatalogueEntry.class);
        mongo.find(ofProvider, CatalogueEntry.class).forEach(entry -> {
            index.put(entry, extraText(entry));
            remember(entry);
        });
    }

    /** The provider's public rating changed (a completed engagement was rated): its packages show the new one. */
    @EventListener
    void on(ProviderRated rated) {
        var ofProvider = query(where("providerTenantId").is(rated.providerTenantId()));
        mongo.updateMulti(ofProvider, new Update().set("providerRating", rated.average())
                .set("updatedAt", clock.instant()), CatalogueEntry.class);
        mongo.find(ofProvider, CatalogueEntry.class).forEach(entry -> {
            index.put(entry, extraText(entry));
            remember(entry);
        });
    }

    private void remember(CatalogueEntry entry) {
        if (entry.isVisible()) {
            visible.put(entry.getPackageId(), entry);
        } else {
            visible.remove(entry.getPackageId());
        }
    }

    @Override
    public void destroy() throws IOException {
        index.close();
    }

    private void check(CatalogueQuery q) {
        Violations v = new Violations();
        v.check(q.page() >= 0, "page", PAGE_RANGE);
        v.check(q.size() >= 1 && q.size() <= properties.maxPageSize(), "size", SIZE_RANGE, properties.maxPageSize());
        v.check(q.page() < 0 || q.size() < 1 || (long) (q.page() + 1) * q.size() <= MAX_RESULT_WINDOW, "page",
                PAGE_RANGE);
        v.check(q.minPriceFen() == null || q.minPriceFen() >= 0, "minPrice", PRICE_RANGE);
        v.check(q.maxPriceFen() == null || q.maxPriceFen() >= 0, "maxPrice", PRICE_RANGE);
        v.check(q.minPriceFen() == null || q.maxPriceFen() == null || q.minPriceFen() <= q.maxPriceFen(), "maxPrice",
                PRICE_RANGE);
        v.check(q.minRating() == null || (q.minRating().signum() >= 0 && q.minRating().compareTo(BigDecimal.valueOf(5)) <= 0),
                "minRating", RATING_RANGE);
        v.throwIfAny();
    }

    private Map<String, CatalogueEntry> entries(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return mongo.find(query(where("_id").in(ids)), CatalogueEntry.class).stream()
                .collect(Collectors.toMap(CatalogueEntry::getPackageId, Function.identity()));
    }

    private CatalogueItem item(CatalogueEntry entry) {
        return CatalogueItem.of(entry, properties.subsidyEligibleCategories());
    }

    private Optional<Framework> framework(List<CatalogueItem> items) {
        return items.stream().map(i -> i.content().frameworkId()).findFirst().flatMap(frameworks::latest);
    }

    /** The names of the entry's scenarios and dimensions, in both languages, so 质量管理 finds an SC07 package. */
    private String extraText(CatalogueEntry entry) {
        Optional<Framework> framework = frameworks.latest(entry.getContent().frameworkId());
        if (framework.isEmpty()) {
            return "";
        }
        Framework f = framework.get();
        Stream<String> scenarios = entry.getContent().scenarios().stream().map(ScenarioTarget::scenarioKey)
                .map(f::scenario).flatMap(Optional::stream).flatMap(s -> Stream.of(s.nameZh(), s.nameEn()));
        Stream<String> dimensions = f.dimensions().stream().filter(d -> entry.getContent().dimensions().contains(d.key()))
                .flatMap(d -> Stream.of(d.nameZh(), d.nameEn()));
        return Stream.concat(scenarios, dimensions).filter(n -> n != null).collect(Collectors.joining("\n"));
    }

    /** The rows of a comparison, aligned over the compared items. */
    static final class ComparisonRows {

        private ComparisonRows() {
        }

        static List<Comparison.Row> of(List<CatalogueItem> items, Optional<Framework> framework) {
            List<Comparison.Row> rows = new ArrayList<>();
            rows.add(row("marketplace.compare.provider", items, CatalogueItem::providerName));
            rows.add(row("marketplace.compare.category", items, CatalogueItem::category));
            rows.add(row("marketplace.compare.price", items, CatalogueItem::priceFen));
            rows.add(row("marketplace.compare.priceCovers", items, i -> i.content().priceCoversZh()));
            Set<CostCategory> categories = new TreeSet<>();
            items.forEach(i -> i.content().costLines().forEach(line -> categories.add(line.category())));
            for (CostCategory category : categories) {
                rows.add(new Comparison.Row("marketplace.compare.cost", List.of(category), items.stream()
                        .map(i -> (Object) i.content().costLines().stream().filter(l -> l.category() == category)
                                .mapToLong(CostLine::amountFen).sum())
                        .toList()));
            }
            rows.add(row("marketplace.compare.eligibleCost", items, CatalogueItem::eligibleCostFen));
            rows.add(row("marketplace.compare.subsidyEligible", items, CatalogueItem::subsidyEligible));
            rows.add(row("marketplace.compare.deliveryDays", items, CatalogueItem::deliveryDays));
            rows.add(row("marketplace.compare.deployments", items, i -> new TreeSet<>(i.deployments())));
            rows.add(row("marketplace.compare.rating", items, CatalogueItem::providerRating));
            for (String scenario : scenarioKeys(items, framework)) {
                rows.add(new Comparison.Row("marketplace.compare.scenario", List.of(scenario), items.stream()
                        .map(i -> {
                            int level = i.content().levelFor(scenario);
                            return level == 0 ? null : (Object) level;
                        }).toList()));
            }
            Set<String> dimensions = new TreeSet<>();
            items.forEach(i -> dimensions.addAll(i.dimensions()));
            for (String dimension : dimensions) {
                rows.add(new Comparison.Row("marketplace.compare.dimension", List.of(dimension),
                        items.stream().map(i -> (Object) i.dimensions().contains(dimension)).toList()));
            }
            rows.add(row("marketplace.compare.referenceCases", items, i -> i.content().referenceCases().size()));
            return rows;
        }

        /** The scenarios any item improves, in the framework's order (by key where it is unknown). */
        private static List<String> scenarioKeys(List<CatalogueItem> items, Optional<Framework> framework) {
            Set<String> keys = new TreeSet<>();
            items.forEach(i -> i.scenarios().forEach(s -> keys.add(s.scenarioKey())));
            List<String> order = framework.map(f -> f.scenarios().map(s -> s.key()).toList()).orElse(List.of());
            return keys.stream().sorted(Comparator.comparingInt((String k) -> order.indexOf(k) < 0 ? Integer.MAX_VALUE
                    : order.indexOf(k)).thenComparing(Comparator.naturalOrder())).toList();
        }

        private static Comparison.Row row(String key, List<CatalogueItem> items, Function<CatalogueItem, Object> value) {
            return new Comparison.Row(key, List.of(), items.stream().map(value).toList());
        }
    }
}
