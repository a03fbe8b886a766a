package org.uplift.ui.packages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.PackageStatus;
import org.uplift.marketplace.solution.SolutionPackage;
import org.uplift.marketplace.solution.SolutionPackages;
import org.uplift.security.CurrentUser;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * The package editor: {@code solutions/edit} starts a new package, {@code solutions/edit/<id>} opens one of
 * the provider's own (another provider's id is "not found"). Saving keeps a draft; publishing makes the
 * draft the next immutable version (editing a published package drafts the next one, while the published
 * one stays in the catalogue); withdrawing asks first. Consultants see it read-only.
 */
@Route("solutions/edit/:packageId?")
@RolesAllowed({"PROVIDER_ADMIN", "PROVIDER_CONSULTANT"})
public class SolutionEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SolutionPackages packages;
    private final boolean mayEdit;
    private final H2 title = new H2();
    private final PackageStatusLine status = new PackageStatusLine();
    private final PackageForm form;
    private final Button save = new Button();
    private final Button publish = new Button();
    private final Button withdraw = new Button();
    private SolutionPackage current;

    public SolutionEditorView(SolutionPackages packages, FrameworkCatalog frameworks, ProviderPool pool,
            CurrentUser currentUser) {
        this.packages = packages;
        this.mayEdit = packages.mayEdit();
        addClassName("uplift-page");
        form = new PackageForm(frameworks.latest(Assessments.MIIT).orElseThrow(), getLocale());
        save.setText(getTranslation("packages.saveDraft"));
        save.setId("save-draft");
        save.addClickListener(e -> saveDraft().ifPresent(this::reopen));
        publish.setId("publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish());
        withdraw.setText(getTranslation("packages.withdraw"));
        withdraw.setId("withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> confirmWithdraw());
        var back = new Button(getTranslation("packages.backToList"),
                e -> getUI().ifPresent(ui -> ui.navigate(SolutionsView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(title);
        AdmissionNotice.of(pool, currentUser.require().tenantId(), this).ifPresent(this::add);
        if (!mayEdit) {
            var readOnly = new Paragraph(getTranslation("packages.readOnly"));
            readOnly.setId("read-only");
            add(readOnly);
        }
        add(status, form, new HorizontalLayout(save, publish, withdraw, back));
        form.setReadOnly(!mayEdit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get("packageId");
        if (id.isEmpty()) {
            if (!mayEdit) {
                event.forwardTo(SolutionsView.class);
                return;
            }
            current = null;
            form.setNew();
        } else {
            Optional<SolutionPackage> found = packages.find(id.get());
            if (found.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            current = found.get();
            form.setContent(current.current());
        }
        refresh();
    }

    private void refresh() {
        title.setText(current == null ? getTranslation("packages.new")
                : Optional.ofNullable(current.current().nameZh()).orElse(""));
        status.show(current);
        save.setVisible(mayEdit);
        boolean hasDraft = current == null || current.hasDraft();
        publish.setText(getTranslation(hasDraft ? "packages.publish" : "packages.relist"));
        publish.setVisible(mayEdit && (hasDraft || current.getStatus() == PackageStatus.WITHDRAWN));
        withdraw.setVisible(mayEdit && current != null && current.getStatus() == PackageStatus.PUBLISHED);
    }

    /** Validates everything (typed amounts and the package rules) before the one write. */
    private Optional<SolutionPackage> saveDraft() {
        var errors = form.errors();
        Violations parsing = new Violations();
        PackageContent content = form.content(parsing);
        try {
            if (!parsing.isEmpty()) {
                refuseWithDomainReasons(parsing, content);
            }
            SolutionPackage saved = current == null ? packages.create(content) : packages.edit(current.getId(), content);
            errors.clear();
            return Optional.of(saved);
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
            return Optional.empty();
        }
    }

    /** The typing errors first (each field shows its first reason), then what the rules find in the rest. */
    private void refuseWithDomainReasons(Violations parsing, PackageContent content) {
        List<Violation> all = new ArrayList<>();
        try {
            parsing.throwIfAny();
        } catch (InputRejectedException typed) {
            all.addAll(typed.violations());
        }
        try {
            packages.check(content);
        } catch (InputRejectedException ruled) {
            all.addAll(ruled.violations());
        }
        throw new InputRejectedException(all);
    }

    private void publish() {
        Optional<SolutionPackage> draft = current != null && !current.hasDraft() ? Optional.of(current) : saveDraft();
        draft.ifPresent(pkg -> {
            try {
                SolutionPackage published = packages.publish(pkg.getId());
                Notices.success(getTranslation("packages.published", published.getPublishedVersion()));
                reopen(published);
            } catch (InputRejectedException rejected) {
                form.errors().show(rejected, this);
                reopen(pkg);
            }
        });
    }

    private void confirmWithdraw() {
        var dialog = new ConfirmDialog(getTranslation("packages.withdraw.title"),
                getTranslation("packages.withdraw.text"), getTranslation("packages.withdraw.confirm"), e -> withdraw());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("packages.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void withdraw() {
        try {
            reopen(packages.withdraw(current.getId()));
            Notices.success(getTranslation("packages.withdrawn"));
        } catch (InputRejectedException rejected) {
            form.errors().show(rejected, this);
        }
    }

    private void reopen(SolutionPackage pkg) {
        if (current == null) {
            current = pkg;
            getUI().ifPresent(ui -> ui.navigate(SolutionEditorView.class, new RouteParameters("packageId", pkg.getId())));
            return;
        }
        current = pkg;
        form.setContent(pkg.current());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("packages.editor.title");
    }
}
