package org.uplift.api;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.assessment.framework.Scenario;
import org.uplift.identity.Role;
import org.uplift.marketplace.catalogue.Catalogue;
import org.uplift.marketplace.catalogue.CatalogueItem;
import org.uplift.marketplace.catalogue.CataloguePage;
import org.uplift.marketplace.catalogue.CatalogueQuery;
import org.uplift.marketplace.catalogue.CatalogueSort;
import org.uplift.marketplace.catalogue.Comparison;
import org.uplift.marketplace.recommendation.PackageRecommendations;
import org.uplift.marketplace.recommendation.RecommendedPackage;
import org.uplift.marketplace.recommendation.Recommendations;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.ReferenceCase;
import org.uplift.marketplace.solution.ScenarioTarget;
import org.uplift.marketplace.solution.SolutionCategory;
import org.uplift.platform.Formats;
import org.uplift.security.UpliftPrincipal;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The solution catalogue for any signed-in tenant's systems (a provider's CRM, an SME's ERP): search with
 * filters, sort and paging, one package, a comparison of up to three; and for SMEs "recommended for you".
 * Money in fen ({@code price}, a {@code long}), with {@code priceYuan} as text for display. Parameters are
 * checked all at once: each bad one is named in the 400 problem's {@code errors}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalogue", description = "Published solution packages of admitted providers")
class CatalogueApi {

    static final String UNKNOWN_VALUE = "catalogue.api.unknownValue";
    static final String NOT_A_NUMBER = "catalogue.api.notANumber";

    private final ApiCaller caller;
    private final Catalogue catalogue;
    private final PackageRecommendations recommendations;
    private final FrameworkCatalog frameworks;
    private final MessageSource messages;

    CatalogueApi(ApiCaller caller, Catalogue catalogue, PackageRecommendations recommendations,
            FrameworkCatalog frameworks, MessageSource messages) {
        this.caller = caller;
        this.catalogue = catalogue;
        this.recommendations = recommendations;
        this.frameworks = frameworks;
        this.messages = messages;
    }

    record Target(String scenario, int level) {
        static Target of(ScenarioTarget target) {
            return new Target(target.scenarioKey(), target.level());
        }
    }

    /** A package as search results list it. */
    record Item(String id, int version, String name, String nameEn, String summary, String summaryEn,
            String providerId, String providerName, SolutionCategory category, long price, String priceYuan,
            List<String> dimensions, List<Target> scenarios, List<Deployment> deployments, int deliveryDays,
            BigDecimal providerRating, boolean subsidyEligible, long eligibleCost) {
        static Item of(CatalogueItem i) {
            return new Item(i.packageId(), i.version(), i.nameZh(), i.nameEn(), i.summaryZh(), i.summaryEn(),
                    i.providerTenantId(), i.providerName(), i.category(), i.priceFen(), yuan(i.priceFen()),
                    i.dimensions(), i.scenarios().stream().map(Target::of).toList(),
                    i.deployments().stream().sorted().toList(), i.deliveryDays(), i.providerRating(),
                    i.subsidyEligible(), i.eligibleCostFen());
        }
    }

    record Page(List<Item> items, int page, int size, long total) {
    }

    record Cost(org.uplift.marketplace.solution.CostCategory category, long amount, String amountYuan,
            String description) {
        static Cost of(CostLine line) {
            return new Cost(line.category(), line.amountFen(), yuan(line.amountFen()), line.description());
        }
    }

    /** A package with everything its page shows. */
    record Detail(Item summary, String description, String descriptionEn, String priceCovers, String priceCoversEn,
            List<Cost> costLines, List<ReferenceCase> referenceCases, String frameworkId) {
        static Detail of(CatalogueItem i) {
            PackageContent c = i.content();
            return new Detail(Item.of(i), c.descriptionZh(), c.descriptionEn(), c.priceCoversZh(), c.priceCoversEn(),
                    c.costLines().stream().map(Cost::of).toList(), c.referenceCases(), c.frameworkId());
        }
    }

    /** One compared property: its label in the caller's language, and a value per package (null: none). */
    record Row(String key, List<Object> keyArguments, String label, List<Object> values) {
    }

    record Compared(List<Item> packages, List<Row> rows) {
    }

    /** Why a package is recommended, in words and as its key and arguments (scenario or dimension keys, numbers). */
    record Reason(String text, String key, List<String> keys, List<Object> numbers) {
    }

    record Recommended(Item item, Reason reason, int closedConstrained, int closedScenarios, int raisedScenarios,
            BigDecimal dimensionGain) {
    }

    /** {@code assessmentId} null and no items: the SME has no published assessment yet. */
    record RecommendationList(String assessmentId, String frameworkId, Integer level, Integer targetLevel,
            List<Recommended> items) {
    }

    @GetMapping("/catalogue")
    @Operation(summary = "Search the catalogue",
            description = "Chinese or English text (q) matches names, descriptions, scenario and dimension names; "
                    + "prices in fen; sort RELEVANCE, PRICE_ASC, PRICE_DESC or RATING; page from 0")
    Page search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @RequestParam(required = false) String dimension, @RequestParam(required = false) String scenario,
            @Parameter(description = "fen") @RequestParam(required = false) String minPrice,
            @Parameter(description = "fen") @RequestParam(required = false) String maxPrice,
            @RequestParam(required = false) String deployment,
            @Parameter(description = "0 to 5") @RequestParam(required = false) String minRating,
            @RequestParam(required = false) String subsidyEligible, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        caller.get();
        Violations violations = new Violations();
        Framework miit = frameworks.latest(Assessments.MIIT).orElseThrow();
        CatalogueQuery query = CatalogueQuery.text(q)
                .withCategory(parse(violations, "category", category, enumOf(SolutionCategory.class)))
                .withDimension(known(violations, "dimension", dimension,
                        miit.dimensions().stream().map(Dimension::key).toList()))
                .withScenario(known(violations, "scenario", scenario, miit.scenarios().map(Scenario::key).toList()))
                .withPrice(parse(violations, "minPrice", minPrice, Long::valueOf),
                        parse(violations, "maxPrice", maxPrice, Long::valueOf))
                .withDeployment(parse(violations, "deployment", deployment, enumOf(Deployment.class)))
                .withMinRating(parse(violations, "minRating", minRating, BigDecimal::new))
                .withSubsidyEligible(Boolean.TRUE.equals(parse(violations, "subsidyEligible", subsidyEligible,
                        CatalogueApi::bool)))
                .sortedBy(parse(violations, "sort", sort, enumOf(CatalogueSort.class)))
                .page(Optional.ofNullable(parse(violations, "page", page, Integer::valueOf)).orElse(0),
                        Optional.ofNullable(parse(violations, "size", size, Integer::valueOf))
                                .orElse(CatalogueQuery.DEFAULT_SIZE));
        violations.throwIfAny();
        CataloguePage found = catalogue.search(query);
        return new Page(found.items().stream().map(Item::of).toList(), found.page(), found.size(), found.total());
    }

    @GetMapping("/catalogue/{id}")
    @Operation(summary = "One visible package", description = "404 when unknown, withdrawn or its provider is not admitted")
    Detail get(@PathVariable String id) {
        caller.get();
        return catalogue.find(id).map(Detail::of).orElseThrow(ApiProblems.NotFound::new);
    }

    @GetMapping("/catalogue/compare")
    @Operation(summary = "Compare up to three packages side by side", description = "ids=a,b,c in the order to show")
    Compared compare(@RequestParam(required = false) String ids, Locale locale) {
        caller.get();
        List<String> list = ids == null ? List.of()
                : Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
        Comparison comparison;
        try {
            comparison = catalogue.compare(list);
        } catch (InputRejectedException rejected) { // named after this endpoint's parameter
            throw new InputRejectedException(rejected.violations().stream()
                    .map(v -> Violation.of("ids", v.messageKey(), v.arguments().toArray())).toList());
        }
        Names names = names(comparison.packages().get(0).content().frameworkId(), locale);
        List<Row> rows = comparison.rows().stream().map(row -> new Row(row.labelKey(), row.labelArguments(),
                messages.getMessage(row.labelKey(), row.labelArguments().stream()
                        .map(a -> a instanceof Enum<?> e ? messages.getMessage("marketplace.costCategory." + e.name(), null,
                                e.name(), locale) : names.of(String.valueOf(a)))
                        .toArray(), locale),
                row.values())).toList();
        return new Compared(comparison.packages().stream().map(Item::of).toList(), rows);
    }

    @GetMapping("/recommendations")
    @Operation(summary = "Recommended for you (SMEs)",
            description = "Packages ranked by how much they close the gap of the SME's latest published assessment")
    RecommendationList recommendations(Locale locale) {
        smeUser();
        Optional<Recommendations> found = recommendations.forCurrentSme(PackageRecommendations.DEFAULT_LIMIT);
        if (found.isEmpty()) {
            return new RecommendationList(null, null, null, null, List.of());
        }
        Recommendations r = found.get();
        Names names = names(r.frameworkId(), locale);
        String separator = messages.getMessage("catalogue.separator", null, locale);
        return new RecommendationList(r.assessmentId(), r.frameworkId(), r.level(), r.targetLevel(),
                r.packages().stream().map(p -> recommended(p, names, separator, locale)).toList());
    }

    private Recommended recommended(RecommendedPackage p, Names names, String separator, Locale locale) {
        var reason = p.reason();
        String text = messages.getMessage(reason.messageKey(), reason.arguments(names::of, separator).toArray(), locale);
        return new Recommended(Item.of(p.item()), new Reason(text, reason.messageKey(), reason.keys(), reason.numbers()),
                p.closedConstrained(), p.closedScenarios(), p.raisedScenarios(), p.dimensionGain());
    }

    private UpliftPrincipal smeUser() {
        UpliftPrincipal user = caller.get();
        if (user.tenantKind() != TenantKind.ENTERPRISE
                || !(user.has(Role.ENTERPRISE_OWNER) || user.has(Role.ENTERPRISE_MEMBER))) {
            throw new ApiProblems.Forbidden();
        }
        return user;
    }

    /** Scenario and dimension names of a framework in the caller's language. */
    private interface Names {
        String of(String key);
    }

    private Names names(String frameworkId, Locale locale) {
        Optional<Framework> framework = frameworks.latest(frameworkId);
        boolean english = "en".equals(locale.getLanguage());
        return key -> framework.flatMap(f -> f.scenario(key).map(s -> english && s.nameEn() != null ? s.nameEn() : s.nameZh())
                .or(() -> f.dimensions().stream().filter(d -> d.key().equals(key)).findFirst()
                        .map(d -> english && d.nameEn() != null ? d.nameEn() : d.nameZh())))
                .orElse(key);
    }

    private static String yuan(long fen) {
        return Formats.yuanAmount(fen).toPlainString();
    }

    private static <T> T parse(Violations violations, String field, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException notANumber) {
            violations.check(false, field, NOT_A_NUMBER);
        } catch (IllegalArgumentException unknown) {
            violations.check(false, field, UNKNOWN_VALUE, abbreviated(value));
        }
        return null;
    }

    private static String known(Violations violations, String field, String value, List<String> keys) {
        if (value == null || value.isBlank()) {
            return null;
        }
        violations.check(keys.contains(value.strip()), field, UNKNOWN_VALUE, abbreviated(value));
        return value.strip();
    }

    private static String abbreviated(String value) {
        String stripped = value.strip();
        return stripped.length() > 40 ? stripped.substring(0, 40) + "…" : stripped;
    }

    private static <E extends Enum<E>> Function<String, E> enumOf(Class<E> type) {
        return value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }

    private static Boolean bool(String value) {
        if (!Set.of("true", "false").contains(value.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(value);
        }
        return Boolean.parseBoolean(value);
    }
}
