package org.uplift.ui.admission;

import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.SanctionKind;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.admission.AdmissionTask;
import org.uplift.workflows.admission.AdmissionWork;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The programme manager's pool: the providers its authority admitted, each with its standing and the sanction
 * actions (warn, suspend, remove, reason required), and the appeals waiting for a decision.
 */
@Route("admission/pool")
@RolesAllowed("PROGRAMME_MANAGER")
public class PoolView extends VerticalLayout implements HasDynamicTitle {

    private final transient AdmissionWork work;
    private final transient PoolApplications applications;
    private final transient ProviderPool pool;

    public PoolView(AdmissionWork work, PoolApplications applications, ProviderPool pool) {
        this.work = work;
        this.applications = applications;
        this.pool = pool;
        addClassName("uplift-page");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("admission.pool.title")));
        var appeals = work.appeals();
        if (!appeals.isEmpty()) {
            add(new H3(getTranslation("admission.pool.appeals")));
            appeals.forEach(task -> add(appeal(task)));
        }
        add(new H3(getTranslation("admission.pool.admitted")));
        var admitted = work.admitted();
        if (admitted.isEmpty()) {
            add(new Paragraph(getTranslation("admission.pool.none")));
        }
        admitted.forEach(application -> add(provider(application)));
    }

    private Div provider(PoolApplication application) {
        var item = new Div();
        item.addClassName("pool-item");
        String standing = pool.standing(application.getTenantId()).map(s -> s.getStatus().name()).orElse("-");
        var kind = new Select<SanctionKind>();
        kind.setId("sanction-kind-" + application.getId());
        kind.setLabel(getTranslation("admission.sanction.kind"));
        kind.setItems(SanctionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("admission.sanction.kind." + k.name()));
        var reason = new TextArea(getTranslation("admission.sanction.reason"));
        reason.setId("sanction-reason-" + application.getId());
        var errors = new FieldErrors().bind("kind", kind).bind("reason", reason).bind("sanction", reason);
        var impose = new Button(getTranslation("admission.sanction.impose"), e -> {
            try {
                applications.sanction(application.getId(), kind.getValue(), reason.getValue());
                Notices.success(getTranslation("admission.sanction.imposed"));
                refresh();
            } catch (InputRejectedException rejected) {
                errors.show(rejected, this);
            }
        });
        impose.setId("sanction-impose-" + application.getId());
        item.add(new Paragraph(getTranslation("admission.pool.line", application.getProviderName(),
                getTranslation("admission.standing." + standing))), kind, reason, impose);
        return item;
    }

    private Div appeal(AdmissionTask task) {
        var item = new Div();
        item.addClassName("appeal-item");
        var application = applications.find(task.applicationId());
        var sanction = application.flatMap(a -> a.sanction(task.sanctionId()));
        var reason = new TextArea(getTranslation("admission.appeal.decisionReason"));
        reason.setId("appeal-reason-" + task.sanctionId());
        var errors = new FieldErrors().bind("reason", reason);
        var grant = new Button(getTranslation("admission.appeal.grant"), e -> decide(task, true, reason, errors));
        grant.setId("appeal-grant-" + task.sanctionId());
        var refuse = new Button(getTranslation("admission.appeal.refuse"), e -> decide(task, false, reason, errors));
        refuse.setId("appeal-refuse-" + task.sanctionId());
        item.add(new Paragraph(getTranslation("admission.pool.appealLine",
                application.map(PoolApplication::getProviderName).orElse("-"),
                sanction.map(s -> getTranslation("admission.sanction.kind." + s.kind().name())).orElse("-"),
                sanction.map(s -> String.valueOf(s.appealText())).orElse("-"))), reason, grant, refuse);
        return item;
    }

    private void decide(AdmissionTask task, boolean granted, TextArea reason, FieldErrors errors) {
        try {
            work.decideAppeal(task.taskId(), granted, reason.getValue());
            Notices.success(getTranslation("admission.appeal.decided"));
            refresh();
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admission.pool.title");
    }
}
