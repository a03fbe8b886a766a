package org.uplift.ui.clients;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import org.uplift.marketplace.clients.ProviderClient;
import org.uplift.marketplace.clients.ProviderClients;
import org.uplift.ui.assessment.diagnosis.SharedAssessmentView;
import org.uplift.ui.engagements.EngagementView;
import org.uplift.ui.quotes.AnswerQuoteView;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * 我的客户: the SMEs that shared an assessment with the current provider or asked it for a quote, most recent
 * activity first, a page at a time (a provider may have thousands), each linked to its shared assessment, its
 * latest quote and its latest engagement.
 */
@Route("clients")
@RolesAllowed({"PROVIDER_ADMIN", "PROVIDER_CONSULTANT"})
public class ClientsView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    final Grid<ProviderClient> grid = new Grid<>();

    public ClientsView(ProviderClients clients) {
        addClassName("uplift-page");
        grid.addColumn(ProviderClient::getSmeName).setHeader(getTranslation("clients.sme")).setKey("sme")
                .setFlexGrow(2);
        grid.addColumn(c -> c.level().map(l -> l == 0 ? getTranslation("wizard.level.none")
                : getTranslation("wizard.level.value", l)).orElse(getTranslation(c.latestSharedAssessmentId().isPresent()
                        ? "clients.level.notPublished" : "clients.level.unknown")))
                .setHeader(getTranslation("clients.level")).setKey("level");
        grid.addColumn(ProviderClient::openQuoteCount).setHeader(getTranslation("clients.openQuotes"))
                .setKey("openQuotes");
        grid.addColumn(c -> c.getEngagements().values().stream()
                .map(e -> getTranslation("engagement.status." + e.status())).distinct()
                .collect(Collectors.joining(getTranslation("clients.separator"))))
                .setHeader(getTranslation("clients.engagements")).setKey("engagements");
        grid.addColumn(c -> c.getLastActivityAt() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale()).format(c.getLastActivityAt().atZone(CHINA)))
                .setHeader(getTranslation("clients.lastActivity")).setKey("lastActivity");
        grid.addComponentColumn(this::links).setHeader(getTranslation("clients.links")).setKey("links").setFlexGrow(2);
        grid.setPageSize(ProviderClients.DEFAULT_SIZE);
        grid.setId("clients");
        grid.setItems(query -> clients.page(query.getPage(), query.getPageSize()).items().stream(),
                count -> (int) Math.min(Integer.MAX_VALUE, clients.page(0, 1).total()));
        var empty = new Paragraph(getTranslation("clients.empty"));
        empty.setId("clients-empty");
        empty.setVisible(clients.page(0, 1).total() == 0);
        add(new H2(getTranslation("clients.title")), empty, grid);
    }

    private Div links(ProviderClient client) {
        var links = new Div();
        links.addClassName("uplift-links");
        client.latestSharedAssessmentId().ifPresent(id -> links.add(link("clients.link.assessment",
                SharedAssessmentView.class, SharedAssessmentView.PARAMETER, id)));
        client.latestQuoteId().ifPresent(id -> links.add(link("clients.link.quote", AnswerQuoteView.class,
                AnswerQuoteView.PARAMETER, id)));
        client.latestEngagementId().ifPresent(id -> links.add(link("clients.link.engagement", EngagementView.class,
                EngagementView.PARAMETER, id)));
        return links;
    }

    private RouterLink link(String key, Class<? extends com.vaadin.flow.component.Component> view, String parameter,
            String id) {
        var link = new RouterLink(getTranslation(key), view, new RouteParameters(parameter, id));
        link.getStyle().set("margin-inline-end", "var(--lumo-space-m)");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.title");
    }
}
