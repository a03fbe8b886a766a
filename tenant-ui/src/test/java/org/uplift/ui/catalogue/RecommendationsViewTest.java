package org.uplift.ui.catalogue;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.uplift.UpliftTest;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.SolutionCategory;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** "Recommended for you": from the published assessment's gaps, linked from the result page. The set-up: {@link CatalogueViewsFixture}. */
@UpliftTest
class RecommendationsViewTest extends CatalogueViewsFixture {

    @Test
    void without_a_published_assessment_recommendations_say_so_and_link_to_start_one() {
        asOwner(() -> {
            UI.getCurrent().navigate(RecommendationsView.class);

            assertThat(_get(Paragraph.class, s -> s.withId("recommendations-no-assessment")).getText())
                    .isEqualTo(text("catalogue.recommendations.noAssessment"));
            assertThat(_get(Anchor.class, s -> s.withId("recommendations-start-assessment")).getHref())
                    .isEqualTo("assessments");
        });
    }

    @Test
    void the_result_pages_improvement_plan_links_to_the_recommendations_and_each_scenario_to_its_packages() {
        String id = publishedAtLevelOne();

        asOwner(() -> {
            UI.getCurrent().navigate(org.uplift.ui.assessment.AssessmentRoutes.result(id));

            var gap = _get(Div.class, s -> s.withId("gap-list"));
            assertThat(_get(gap, Anchor.class, s -> s.withId("gap-recommendations")).getHref())
                    .isEqualTo(CatalogueRoutes.RECOMMENDATIONS);
            List<Anchor> perScenario = _find(gap, Anchor.class,
                    s -> s.withPredicate(a -> a.getId().orElse("").startsWith("gap-solutions-")));
            assertThat(perScenario).isNotEmpty().allSatisfy(a -> assertThat(a.getHref())
                    .isEqualTo(CatalogueRoutes.forScenario(a.getId().orElseThrow().substring("gap-solutions-".length()))));

            CatalogueRoutes.open(perScenario.get(0).getHref());
            NavigatorKt.expectView(CatalogueView.class);
            assertThat(this.<String>combo("filter-scenario").getValue())
                    .isEqualTo(perScenario.get(0).getId().orElseThrow().substring("gap-solutions-".length()));
        });
    }

    @Test
    void with_a_published_assessment_recommendations_show_the_ranked_packages_with_their_reason() {
        String allScenarios = publish("全场景数字化提升套餐", SolutionCategory.MANAGEMENT, 1_000_00, Deployment.SAAS,
                CostCategory.SOFTWARE, allScenariosAt(3));
        publishedAtLevelOne();

        asOwner(() -> {
            UI.getCurrent().navigate(RecommendationsView.class);

            assertThat(_get(Paragraph.class, s -> s.withId("recommendations-intro")).getText())
                    .isEqualTo(text("catalogue.recommendations.towards", 1, 2));
            List<String> ranked = _find(_get(Div.class, s -> s.withId("recommendations-list")), Div.class,
                    s -> s.withPredicate(d -> d.getElement().hasAttribute("data-package"))).stream()
                    .map(d -> d.getElement().getAttribute("data-package")).toList();
            assertThat(ranked.get(0)).isEqualTo(allScenarios);
            String reason = _get(Paragraph.class, s -> s.withId("reason-" + allScenarios)).getText();
            // closes every constrained scenario the gap needs, named in words: "将产品设计、营销管理…提升到2级——…"
            assertThat(reason).matches("将\\p{IsHan}+(、\\p{IsHan}+)*提升到2级——您仍需的 (\\d+) 个约束性场景中的 \\2 个");
            assertThat(ranked).allSatisfy(id -> assertThat(_get(Paragraph.class, s -> s.withId("reason-" + id)).getText())
                    .isNotBlank());
        });
    }
}
