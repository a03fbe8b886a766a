package org.uplift.ui.catalogue;

import java.util.Locale;
import java.util.Optional;

import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.marketplace.recommendation.PackageRecommendations;
import org.uplift.marketplace.recommendation.RecommendationReason;
import org.uplift.marketplace.recommendation.Recommendations;
import org.uplift.marketplace.recommendation.RecommendedPackage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * "为您推荐": the packages that best close the gap of the SME's latest published assessment to the next
 * level, ranked, each with why in words. Without a published assessment, says so and links to start one.
 */
@Route(CatalogueRoutes.RECOMMENDATIONS)
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER"})
public class RecommendationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The assessments page, where an SME starts one; by location so the catalogue does not depend on it. */
    static final String ASSESSMENTS = "assessments";

    private final transient PackageRecommendations recommendations;
    private final transient FrameworkCatalog frameworks;

    public RecommendationsView(PackageRecommendations recommendations, FrameworkCatalog frameworks) {
        this.recommendations = recommendations;
        this.frameworks = frameworks;
        setId("recommendations");
        addClassName("uplift-page");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.recommendations.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("catalogue.recommendations.title")));
        Optional<Recommendations> found = recommendations.forCurrentSme(PackageRecommendations.DEFAULT_LIMIT);
        if (found.isEmpty()) {
            var none = new Paragraph(getTranslation("catalogue.recommendations.noAssessment"));
            none.setId("recommendations-no-assessment");
            var start = new Anchor(ASSESSMENTS, getTranslation("catalogue.recommendations.startAssessment"));
            start.getElement().setAttribute("router-link", true);
            start.setId("recommendations-start-assessment");
            add(none, start);
            return;
        }
        show(found.get());
    }

    private void show(Recommendations found) {
        Locale locale = getLocale();
        FrameworkNames names = FrameworkNames.of(frameworks, found.frameworkId(), locale);
        var intro = new Paragraph(found.targetLevel() == null
                ? getTranslation("catalogue.recommendations.topLevel")
                : getTranslation("catalogue.recommendations.towards", found.level() == null ? 0 : found.level(),
                        found.targetLevel()));
        intro.setId("recommendations-intro");
        add(intro);
        if (found.packages().isEmpty()) {
            var none = new Paragraph(getTranslation("catalogue.recommendations.none"));
            none.setId("recommendations-none");
            var browse = new Anchor(CatalogueRoutes.CATALOGUE, getTranslation("catalogue.recommendations.browse"));
            browse.getElement().setAttribute("router-link", true);
            add(none, browse);
            return;
        }
        var list = new Div();
        list.setId("recommendations-list");
        list.setWidthFull();
        list.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(18rem, 1fr))")
                .set("gap", "var(--lumo-space-m)");
        for (RecommendedPackage recommended : found.packages()) {
            var card = new PackageCard(recommended.item(), names, locale);
            var reason = new Paragraph(reason(recommended.reason(), names));
            reason.setId("reason-" + recommended.item().packageId());
            reason.getStyle().set("font-weight", "600").set("color", "var(--lumo-success-text-color)");
            card.addComponentAtIndex(1, reason);
            list.add(card);
        }
        add(list);
    }

    private String reason(RecommendationReason reason, FrameworkNames names) {
        return getTranslation(reason.messageKey(),
                reason.arguments(names::any, getTranslation("catalogue.separator")).toArray());
    }
}
