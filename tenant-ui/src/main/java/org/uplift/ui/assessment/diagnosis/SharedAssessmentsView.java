package org.uplift.ui.assessment.diagnosis;

import java.util.List;

import org.uplift.assessment.Assessment;
import org.uplift.assessment.sharing.SharedAssessment;
import org.uplift.assessment.sharing.SharedAssessments;
import org.uplift.ui.assessment.sharing.FrameworkLabels;
import org.uplift.ui.component.UiFormats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** The provider's list of the assessments SMEs currently share with it, most recently shared first. */
@Route("shared-assessments")
@RolesAllowed({"PROVIDER_ADMIN", "PROVIDER_CONSULTANT"})
public class SharedAssessmentsView extends VerticalLayout implements HasDynamicTitle {


    public SharedAssessmentsView(SharedAssessments shared) {
        addClassName("uplift-page");
        add(new H2(getTranslation("sharedAssessments.title")));
        List<SharedAssessment> list = shared.list();
        var items = new Div();
        items.setId("shared-assessments");
        items.setWidthFull();
        if (list.isEmpty()) {
            var none = new Paragraph(getTranslation("sharedAssessments.none"));
            none.setId("no-shared-assessments");
            items.add(none);
        }
        list.forEach(s -> items.add(card(s)));
        add(items);
    }

    private Component card(SharedAssessment shared) {
        Assessment assessment = shared.assessment();
        var card = new Div();
        card.addClassName("uplift-card");
        card.setWidthFull();
        card.getElement().setAttribute("data-assessment", assessment.getId());
        var since = new Span(getTranslation("sharedAssessments.sharedOn", date(shared)));
        since.addClassName("uplift-muted");
        var open = new Button(getTranslation("sharedAssessments.open"), e -> getUI().ifPresent(ui -> ui.navigate(
                SharedAssessmentView.class, new RouteParameters(SharedAssessmentView.PARAMETER, assessment.getId()))));
        open.setId("open-" + assessment.getId());
        card.add(new H3(shared.smeName()),
                new Div(new Span(FrameworkLabels.framework(shared.framework(), getLocale()))),
                new Div(new Span(summary(this, assessment))),
                new Div(new Span(getTranslation("sharing.diagnosis." + shared.share().getDiagnosis().name()))),
                new Div(since), new Div(open));
        return card;
    }

    private String date(SharedAssessment shared) {
        return UiFormats.formats().date(shared.share().getSharedAt(), getLocale());
    }

    /** Status, and the level once published. */
    static String summary(Component translator, Assessment assessment) {
        String status = translator.getTranslation("sharedAssessments.status." + assessment.getStatus().name());
        if (assessment.getStatus() != Assessment.Status.PUBLISHED || assessment.getLevel() == null) {
            return status;
        }
        return status + " · " + (assessment.getLevel() == 0 ? translator.getTranslation("sharedAssessments.noLevel")
                : translator.getTranslation("sharedAssessments.level", assessment.getLevel()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sharedAssessments.title");
    }
}
