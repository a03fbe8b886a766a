package org.uplift.ui.subsidy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.uplift.platform.Formats;
import org.uplift.security.CurrentUser;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.tenancy.TenantKind;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The programmes a user can see: an authority's own (drafts included) and every open programme. A
 * programme manager starts a new one here.
 */
@Route("programmes")
@PermitAll
public class ProgrammesView extends VerticalLayout implements HasDynamicTitle {

    record Row(String id, String name, String status, String budget, String rate) {
    }

    final Grid<Row> grid = new Grid<>();

    public ProgrammesView(Programmes programmes, CurrentUser currentUser) {
        addClassName("uplift-page");
        add(new H2(getTranslation("subsidy.programmes.title")));
        if (programmes.mayManage()) {
            var create = new Button(getTranslation("subsidy.programmes.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(ProgrammeFormView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("programme-new");
            add(create);
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        boolean authority = currentUser.get().map(u -> u.tenantKind() == TenantKind.AUTHORITY).orElse(false);
        if (authority) {
            programmes.mine().forEach(p -> rows.put(p.getId(), new Row(p.getId(), p.getTerms().displayName(getLocale()),
                    getTranslation("subsidy.status." + p.getStatus().name()), Formats.yuan(p.getTerms().budgetFen()), p.getTerms().ratePercent().stripTrailingZeros().toPlainString() + "%")));
        }
        programmes.openProgrammes().forEach(p -> rows.putIfAbsent(p.getId(), new Row(p.getId(),
                p.getTerms().displayName(getLocale()), getTranslation("subsidy.status." + p.getStatus().name()),
                Formats.yuan(p.getTerms().budgetFen()),
                p.getTerms().ratePercent().stripTrailingZeros().toPlainString() + "%")));
        grid.setId("programmes");
        grid.addColumn(Row::name).setHeader(getTranslation("subsidy.programme.name")).setFlexGrow(3);
        grid.addColumn(Row::id).setHeader(getTranslation("subsidy.programme.id"));
        grid.addColumn(Row::status).setHeader(getTranslation("subsidy.programme.status"));
        grid.addColumn(Row::budget).setHeader(getTranslation("subsidy.programme.budget"));
        grid.addColumn(Row::rate).setHeader(getTranslation("subsidy.programme.rate"));
        grid.setItems(rows.values());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("programmes/" + e.getItem().id())));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subsidy.programmes.title");
    }
}
