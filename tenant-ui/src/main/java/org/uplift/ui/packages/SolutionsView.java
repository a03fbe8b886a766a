package org.uplift.ui.packages;

import java.util.Locale;

import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.SolutionPackage;
import org.uplift.marketplace.solution.SolutionPackages;
import org.uplift.platform.Formats;
import org.uplift.security.CurrentUser;
import org.uplift.ui.component.Localized;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** 我的解决方案: the provider's own packages, drafts included, last changed first. */
@Route("solutions")
@RolesAllowed({"PROVIDER_ADMIN", "PROVIDER_CONSULTANT"})
public class SolutionsView extends VerticalLayout implements HasDynamicTitle {

    public SolutionsView(SolutionPackages packages, ProviderPool pool, CurrentUser currentUser) {
        addClassName("uplift-page");
        add(new H2(getTranslation("packages.title")));
        AdmissionNotice.of(pool, currentUser.require().tenantId(), this).ifPresent(this::add);
        if (packages.mayEdit()) {
            var create = new Button(getTranslation("packages.create"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(SolutionEditorView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("create-package");
            add(create);
        }
        var list = packages.mine();
        if (list.isEmpty()) {
            var empty = new Paragraph(getTranslation("packages.none"));
            empty.setId("no-packages");
            add(empty);
            return;
        }
        add(grid(list, getLocale()));
    }

    private Grid<SolutionPackage> grid(java.util.List<SolutionPackage> list, Locale locale) {
        var grid = new Grid<SolutionPackage>();
        grid.setId("packages");
        var badges = new PackageStatusLine();
        grid.addColumn(p -> name(p.current(), locale)).setKey("name").setHeader(getTranslation("packages.column.name"))
                .setFlexGrow(3);
        grid.addComponentColumn(p -> badges.badge(p.getStatus())).setKey("status")
                .setHeader(getTranslation("packages.column.status"));
        grid.addColumn(p -> p.getPublishedVersion() == 0 ? "—" : "v" + p.getPublishedVersion()).setKey("published")
                .setHeader(getTranslation("packages.column.published"));
        grid.addColumn(p -> p.hasDraft() ? "v" + p.getDraftVersion() : "—").setKey("draft")
                .setHeader(getTranslation("packages.column.draft"));
        grid.addColumn(p -> Formats.yuan(p.current().priceFen())).setKey("price")
                .setHeader(getTranslation("packages.column.price"));
        grid.addColumn(p -> PackageStatusLine.CHANGED.format(p.getUpdatedAt())).setKey("updated")
                .setHeader(getTranslation("packages.column.updated"));
        grid.setItems(list);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SolutionEditorView.class,
                new RouteParameters("packageId", e.getItem().getId()))));
        return grid;
    }

    private static String name(PackageContent content, Locale locale) {
        return Localized.text(locale, content.nameZh(), content.nameEn());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("packages.title");
    }
}
