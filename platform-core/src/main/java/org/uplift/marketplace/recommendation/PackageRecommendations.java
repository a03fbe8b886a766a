package org.uplift.marketplace.recommendation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.marketplace.catalogue.Catalogue;
import org.uplift.marketplace.catalogue.CatalogueItem;

/**
 * "Recommended for you": from the current SME's latest published assessment, the catalogue's packages
 * ranked by {@link RecommendationRanking}. The gap comes from the improvement plan stored on the
 * assessment when its level was decided ({@link GapNeeds}), so recommendations follow the same level
 * gates as the result page.
 */
@Service
public class PackageRecommendations {

    public static final int DEFAULT_LIMIT = 10;

    private final Assessments assessments;
    private final Catalogue catalogue;

    PackageRecommendations(Assessments assessments, Catalogue catalogue) {
        this.assessments = assessments;
        this.catalogue = catalogue;
    }

    /** Empty until the SME has a published assessment. */
    public Optional<Recommendations> forCurrentSme(int limit) {
        return assessments.history().stream().filter(a -> a.getStatus() == Assessment.Status.PUBLISHED).findFirst()
                .map(assessment -> recommend(assessment, limit));
    }

    private Recommendations recommend(Assessment assessment, int limit) {
        GapNeeds needs = GapNeeds.of(assessment.getRecommendations());
        List<CatalogueItem> candidates = catalogue.improving(
                needs.scenarios().stream().map(GapNeeds.ScenarioNeed::scenarioKey)
                        .collect(java.util.stream.Collectors.toSet()),
                needs.dimensionGains().keySet()).stream()
                .filter(item -> item.content().frameworkId().equals(assessment.getFrameworkId())).toList();
        return new Recommendations(assessment.getId(), assessment.getFrameworkId(), assessment.getLevel(),
                needs.targetLevel(), RecommendationRanking.rank(needs, candidates, limit));
    }
}
