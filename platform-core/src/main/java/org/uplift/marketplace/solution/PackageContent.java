package org.uplift.marketplace.solution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.uplift.assessment.Assessments;

/**
 * What a solution package says: the draft a provider edits and, once published, an immutable version.
 * Texts in zh-CN are required, English ones optional (null when blank). Money in fen.
 *
 * @param frameworkId  the assessment framework whose keys {@code dimensions} and {@code scenarios} use
 * @param dimensions   scored dimensions the package adds points to (MIIT: D1, D3, D4)
 * @param scenarios    the scenarios it raises and the level each reaches
 * @param priceFen     the package price; the cost lines add up to it
 * @param deliveryDays from signing to go-live
 */
public record PackageContent(String nameZh, String nameEn, String summaryZh, String summaryEn, String descriptionZh,
        String descriptionEn, SolutionCategory category, String frameworkId, List<String> dimensions,
        List<ScenarioTarget> scenarios, long priceFen, String priceCoversZh, String priceCoversEn,
        List<CostLine> costLines, int deliveryDays, Set<Deployment> deployments, List<ReferenceCase> referenceCases) {

    public PackageContent {
        nameZh = trim(nameZh);
        nameEn = optional(nameEn);
        summaryZh = trim(summaryZh);
        summaryEn = optional(summaryEn);
        descriptionZh = trim(descriptionZh);
        descriptionEn = optional(descriptionEn);
        frameworkId = frameworkId == null || frameworkId.isBlank() ? Assessments.MIIT : frameworkId.trim();
        dimensions = dimensions == null ? List.of() : copy(dimensions.stream().map(PackageContent::trim).toList());
        scenarios = copy(scenarios);
        priceCoversZh = trim(priceCoversZh);
        priceCoversEn = optional(priceCoversEn);
        costLines = copy(costLines);
        deployments = deployments == null ? Set.of()
                : Set.copyOf(deployments.stream().filter(Objects::nonNull).toList());
        referenceCases = copy(referenceCases);
    }

    /** The sum of the cost lines in the given categories. */
    public long costIn(Set<CostCategory> categories) {
        return costLines.stream().filter(line -> line.category() != null && categories.contains(line.category()))
                .mapToLong(CostLine::amountFen).sum();
    }

    /** The level the package brings this scenario to, 0 when it does not improve it. */
    public int levelFor(String scenarioKey) {
        return scenarios.stream().filter(s -> s.scenarioKey() != null && s.scenarioKey().equals(scenarioKey))
                .mapToInt(ScenarioTarget::level).max().orElse(0);
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Null elements are kept, so validation can name them by position. */
    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
