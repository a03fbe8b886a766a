package org.uplift.ui.admission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.assessment.framework.Scenario;
import org.uplift.marketplace.admission.AppealState;
import org.uplift.marketplace.admission.ApplicationForm;
import org.uplift.marketplace.admission.AdmissionRules;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.ReferenceProject;
import org.uplift.marketplace.admission.Sanction;
import org.uplift.organisation.Organisation;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Localized;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.admission.AdmissionWork;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * 入库申请: the provider admin applies to an authority's pool with its qualifications (certificates with their
 * scans, added row by row, and one reference project here; the domain takes up to ten of each), follows its application's status and
 * history, answers a request for more information and lodges the one appeal against a sanction.
 */
@Route("admission/apply")
@RolesAllowed("PROVIDER_ADMIN")
public class ApplicationView extends VerticalLayout implements HasDynamicTitle {

    private final transient PoolApplications applications;
    private final transient AdmissionWork work;
    private final transient FrameworkCatalog frameworks;
    private final FieldErrors errors = new FieldErrors();

    final Select<Organisation> authority = new Select<>();
    final TextArea businessScope = new TextArea();
    final VerticalLayout certificates = new VerticalLayout();
    final List<CertificateRow> certificateRows = new ArrayList<>();
    final Button addCertificate = new Button();
    private int nextCertificateId;
    final TextField referenceClient = new TextField();
    final IntegerField referenceYear = new IntegerField();
    final TextArea referenceSummary = new TextArea();
    final IntegerField staffCount = new IntegerField();
    final MultiSelectComboBox<String> dimensions = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> scenarios = new MultiSelectComboBox<>();
    final Button submit = new Button();

    public ApplicationView(PoolApplications applications, AdmissionWork work, FrameworkCatalog frameworks) {
        this.applications = applications;
        this.work = work;
        this.frameworks = frameworks;
        addClassName("uplift-page");
        addCertificate.setText(getTranslation("admission.certificate.add"));
        addCertificate.setId("certificate-add");
        addCertificate.addClickListener(e -> addCertificate());
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("admission.apply.title")));
        List<PoolApplication> mine = applications.mine();
        Optional<PoolApplication> latest = mine.stream().findFirst();
        latest.ifPresent(this::showApplication);
        boolean mayApply = latest.map(a -> !a.getStatus().isOpen()
                && a.getStatus() != org.uplift.marketplace.admission.ApplicationStatus.ADMITTED).orElse(true);
        if (mayApply) {
            add(form());
        }
    }

    private void showApplication(PoolApplication application) {
        add(new ApplicationDetails(application, applications));
        if (work.awaitsAnswer(application.getId())) {
            var answer = new TextArea(getTranslation("admission.answer.label"));
            answer.setId("answer-text");
            answer.setWidthFull();
            var send = new Button(getTranslation("admission.answer.send"));
            send.setId("answer-send");
            var answerErrors = new FieldErrors().bind("answer", answer);
            send.addClickListener(e -> {
                try {
                    work.answer(application.getId(), answer.getValue());
                    Notices.success(getTranslation("admission.answer.sent"));
                    refresh();
                } catch (InputRejectedException rejected) {
                    answerErrors.show(rejected, this);
                }
            });
            add(answer, send);
        }
        for (Sanction sanction : application.getSanctions()) {
            add(new Paragraph(getTranslation("admission.sanction.line",
                    getTranslation("admission.sanction.kind." + sanction.kind().name()), sanction.reason(),
                    getTranslation("admission.appeal.state." + sanction.appeal().name()))));
            if (sanction.appeal() == AppealState.OPEN) {
                var grounds = new TextArea(getTranslation("admission.appeal.label"));
                grounds.setId("appeal-text-" + sanction.id());
                var lodge = new Button(getTranslation("admission.appeal.lodge"));
                lodge.setId("appeal-lodge-" + sanction.id());
                var appealErrors = new FieldErrors().bind("appeal", grounds);
                lodge.addClickListener(e -> {
                    try {
                        work.appeal(application.getId(), sanction.id(), grounds.getValue());
                        Notices.success(getTranslation("admission.appeal.lodged"));
                        refresh();
                    } catch (InputRejectedException rejected) {
                        appealErrors.show(rejected, this);
                    }
                });
                add(grounds, lodge);
            }
        }
    }

    private Div form() {
        var form = new Div();
        form.setId("application-form");
        var miit = frameworks.latest(Assessments.MIIT).orElseThrow();
        var locale = getLocale();
        authority.setId("application-authority");
        authority.setLabel(getTranslation("admission.field.authority"));
        authority.setItems(applications.authorities());
        authority.setItemLabelGenerator(Organisation::getName);
        applications.authorities().stream().findFirst().ifPresent(authority::setValue);
        errors.bind("authorityTenantId", authority);
        field(businessScope, "businessScope");
        businessScope.setWidthFull();
        certificates.setPadding(false);
        certificates.setId("application-certificates");
        if (certificateRows.isEmpty()) {
            addCertificate();
        }
        field(referenceClient, "references[0].client");
        field(referenceYear, "references[0].year");
        field(referenceSummary, "references[0].summary");
        field(staffCount, "staffCount");
        dimensions.setId("application-dimensions");
        dimensions.setLabel(getTranslation("admission.field.dimensions"));
        dimensions.setItems(miit.dimensions().stream().map(Dimension::key).toList());
        dimensions.setItemLabelGenerator(key -> miit.dimensions().stream().filter(d -> d.key().equals(key))
                .findFirst().map(d -> key + " " + Localized.text(locale, d.nameZh(), d.nameEn())).orElse(key));
        scenarios.setId("application-scenarios");
        scenarios.setLabel(getTranslation("admission.field.scenarios"));
        scenarios.setItems(miit.scenarios().map(Scenario::key).toList());
        scenarios.setItemLabelGenerator(key -> miit.scenario(key)
                .map(s -> key + " " + Localized.text(locale, s.nameZh(), s.nameEn())).orElse(key));
        errors.bind("scenarios", scenarios);
        submit.setText(getTranslation("admission.apply.submit"));
        submit.setId("application-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        form.add(new H3(getTranslation("admission.apply.formTitle")), authority, businessScope,
                new H3(getTranslation("admission.section.certificates")), certificates, addCertificate,
                new H3(getTranslation("admission.section.references")), referenceClient, referenceYear,
                referenceSummary, staffCount, dimensions, scenarios, submit);
        return form;
    }

    private void field(com.vaadin.flow.component.AbstractField<?, ?> component, String field) {
        String key = field.replaceAll("\\[0]", "").replace('.', '-');
        component.setId("application-" + key);
        String label = field.substring(field.lastIndexOf('.') + 1);
        ((com.vaadin.flow.component.HasLabel) component).setLabel(getTranslation("admission.field." + label));
        errors.bind(field, (com.vaadin.flow.component.HasValidation) component);
    }

    /** Another certificate row (up to the domain's limit, which it enforces on submit). */
    CertificateRow addCertificate() {
        CertificateRow[] row = new CertificateRow[1];
        row[0] = new CertificateRow(nextCertificateId++, () -> {
            certificateRows.remove(row[0]);
            certificates.remove(row[0]);
            addCertificate.setEnabled(true);
        });
        certificateRows.add(row[0]);
        certificates.add(row[0]);
        addCertificate.setEnabled(certificateRows.size() < AdmissionRules.MAX_CERTIFICATES);
        return row[0];
    }

    /** A scan arrived for the first certificate (kept in memory until the whole form is submitted). */
    void receive(String fileName, byte[] bytes) {
        certificateRows.get(0).receive(fileName, bytes);
    }

    void submit() {
        for (int i = 0; i < certificateRows.size(); i++) {
            certificateRows.get(i).bind(errors, i);
        }
        var reference = new ReferenceProject(referenceClient.getValue(), referenceYear.getValue(),
                referenceSummary.getValue());
        var form = new ApplicationForm(businessScope.getValue(),
                certificateRows.stream().map(CertificateRow::input).toList(), List.of(reference),
                staffCount.getValue(), List.copyOf(dimensions.getSelectedItems()),
                List.copyOf(scenarios.getSelectedItems()));
        try {
            applications.submit(authority.getValue() == null ? null : authority.getValue().getId(), form);
            errors.clear();
            Notices.success(getTranslation("admission.apply.submitted"));
            refresh();
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admission.apply.title");
    }
}
