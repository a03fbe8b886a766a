package org.uplift.ui.home;

import java.util.List;
import java.util.Optional;

import org.uplift.organisation.DistrictCatalog;
import org.uplift.organisation.IndustryCatalog;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.security.CurrentUser;
import org.uplift.security.UpliftPrincipal;
import org.uplift.ui.assessment.AssessmentRoutes;
import org.uplift.ui.assessment.AssessmentsView;
import org.uplift.ui.assessment.diagnosis.SharedAssessmentView;
import org.uplift.ui.profile.CompanyProfileView;
import org.uplift.workflows.inbox.Inbox;
import org.uplift.workflows.inbox.WorkItem;
import org.uplift.ui.component.UiFormats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

/** The start page of every kind of tenant: the organisation and the open tasks of the signed-in user. */
@Route("home")
@RouteAlias("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {


    public HomeView(CurrentUser currentUser, Organisations organisations, Inbox inbox) {
        addClassName("uplift-page");
        UpliftPrincipal user = currentUser.require();
        Organisation organisation = organisations.current();
        add(new H2(getTranslation("home.welcome", user.name())), organisationCard(organisation),
                tasks(inbox.openTasks()));
    }

    private Component organisationCard(Organisation organisation) {
        var card = new Div();
        card.addClassName("uplift-card");
        card.setWidthFull();
        card.add(new H3(organisation.getName()));
        row(card, "home.kind", getTranslation("kind." + organisation.getKind().name()));
        Optional.ofNullable(organisation.getCreditCode()).ifPresent(code -> row(card, "home.creditCode", code));
        Optional.ofNullable(organisation.getDistrictCode())
                .ifPresent(code -> row(card, "home.district", DistrictCatalog.displayName(code, getLocale())));
        Optional.ofNullable(organisation.getIndustryCode())
                .ifPresent(code -> row(card, "home.industry", code + " " + IndustryCatalog.displayName(code, getLocale())));
        return card;
    }

    private void row(Div card, String labelKey, String value) {
        var label = new Span(getTranslation(labelKey) + "：");
        label.addClassName("uplift-muted");
        card.add(new Div(label, new Span(value)));
    }

    private Component tasks(List<WorkItem> items) {
        var section = new VerticalLayout(new H3(getTranslation("home.tasks")));
        section.setPadding(false);
        section.setId("open-tasks");
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.noTasks")));
        }
        items.forEach(item -> section.add(taskCard(item)));
        return section;
    }

    private Component taskCard(WorkItem item) {
        var card = new Div();
        card.addClassName("uplift-card");
        card.setWidthFull();
        card.getElement().setAttribute("data-task", item.definitionKey());
        var created = new Span(getTranslation("task.created", UiFormats.formats().date(item.created(), getLocale())));
        created.addClassName("uplift-muted");
        card.add(new H3(getTranslation("task." + item.definitionKey() + ".name")),
                new Paragraph(getTranslation("task." + item.definitionKey() + ".description")), created);
        action(item).ifPresent(navigation -> {
            var open = new Button(getTranslation("task." + item.definitionKey() + ".action"),
                    e -> getUI().ifPresent(navigation));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setId("task-action-" + item.definitionKey());
            card.add(new Div(open));
        });
        return card;
    }

    /** Where a task is done, by its form key; an assessment task is about the assessment its journey is keyed by. */
    private static Optional<SerializableConsumer<UI>> action(WorkItem item) {
        if (item.formKey() == null) {
            return Optional.empty();
        }
        return switch (item.formKey()) {
            case "uplift:company-profile" -> Optional.of(ui -> ui.navigate(CompanyProfileView.class));
            case "uplift:first-assessment" -> Optional.of(ui -> ui.navigate(AssessmentsView.class));
            case "uplift:assessment" -> Optional.ofNullable(item.businessKey())
                    .map(id -> ui -> ui.navigate(AssessmentRoutes.wizard(id)));
            case "uplift:assessment-diagnosis" -> Optional.ofNullable(item.businessKey())
                    .map(id -> ui -> ui.navigate(SharedAssessmentView.class,
                            new RouteParameters(SharedAssessmentView.PARAMETER, id)));
            // admission (routes by name: ui.admission depends on nothing here)
            case "uplift:admission-review" -> Optional.ofNullable(item.businessKey())
                    .map(id -> ui -> ui.navigate("admission/reviews/" + id));
            case "uplift:admission-answer", "uplift:admission-appeal" -> Optional.of(ui -> ui.navigate("admission/apply"));
            case "uplift:admission-appeal-review" -> Optional.of(ui -> ui.navigate("admission/pool"));
            case "uplift:quote-answer" -> Optional.of(ui -> ui.navigate("quotes/incoming"));
            case "uplift:subsidy-review", "uplift:subsidy-information", "uplift:subsidy-offer",
                    "uplift:subsidy-acceptance-request", "uplift:subsidy-extension" -> Optional
                    .ofNullable(item.businessKey()).map(id -> ui -> ui.navigate("applications/" + id));
            case "uplift:subsidy-evaluation" -> Optional.ofNullable(item.businessKey())
                    .map(id -> ui -> ui.navigate("applications/" + id + "/evaluation"));
            case "uplift:subsidy-claim", "uplift:subsidy-claim-decision" -> Optional.ofNullable(item.businessKey())
                    .map(id -> ui -> ui.navigate("applications/" + id + "/claim"));
            default -> Optional.empty();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
