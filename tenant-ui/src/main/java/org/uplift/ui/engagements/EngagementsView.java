package org.uplift.ui.engagements;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.platform.Formats;
import org.uplift.security.CurrentUser;
import org.uplift.tenancy.TenantKind;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** The current SME's or provider's engagements, newest first. */
@Route("engagements")
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER", "PROVIDER_ADMIN", "PROVIDER_CONSULTANT"})
public class EngagementsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Engagement> grid = new Grid<>();

    public EngagementsView(Engagements engagements, CurrentUser currentUser) {
        addClassName("uplift-page");
        boolean sme = currentUser.require().tenantKind() == TenantKind.ENTERPRISE;
        grid.addColumn(e -> sme ? e.getProviderName() : e.getSmeName())
                .setHeader(getTranslation(sme ? "engagement.provider" : "engagement.sme"));
        grid.addColumn(e -> EngagementView.needOf(this, e.getNeed())).setHeader(getTranslation("engagement.need"));
        grid.addColumn(e -> Formats.yuan(e.getPriceFen())).setHeader(getTranslation("engagement.price"));
        grid.addColumn(e -> getTranslation("engagement.status." + e.getStatus()))
                .setHeader(getTranslation("engagement.statusHeader"));
        grid.addColumn(e -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(e.getStartedAt().atZone(ZoneId.of("Asia/Shanghai")))).setHeader(getTranslation("engagement.started"));
        grid.setAllRowsVisible(true);
        grid.setId("engagements");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(EngagementView.class,
                new RouteParameters(EngagementView.PARAMETER, click.getItem().getEngagementId()))));
        grid.setItems(engagements.mine());
        add(new H2(getTranslation("engagement.listTitle")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("engagement.listTitle");
    }
}
