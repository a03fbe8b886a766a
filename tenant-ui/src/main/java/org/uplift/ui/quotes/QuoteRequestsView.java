package org.uplift.ui.quotes;

import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.QuoteRequests;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** The current SME's quote requests, newest first. */
@Route("quotes")
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER"})
public class QuoteRequestsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<QuoteRequest> grid = new Grid<>();
    final Button create = new Button();

    public QuoteRequestsView(QuoteRequests requests) {
        addClassName("uplift-page");
        create.setText(getTranslation("quote.ui.newRequest"));
        create.setId("new-quote-request");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NewQuoteRequestView.class)));
        grid.addColumn(r -> QuoteTexts.need(this, r.getNeed())).setHeader(getTranslation("quote.ui.need")).setFlexGrow(3);
        grid.addColumn(r -> String.join(getTranslation("quote.ui.listSeparator"),
                r.getOffers().stream().map(o -> o.getProviderName()).toList()))
                .setHeader(getTranslation("quote.ui.providers")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("quote.requestStatus." + r.getStatus()))
                .setHeader(getTranslation("quote.ui.status"));
        grid.addColumn(r -> QuoteTexts.date(this, r.getCreatedAt())).setHeader(getTranslation("quote.ui.created"));
        grid.setAllRowsVisible(true);
        grid.setId("quote-requests");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(QuoteRequestView.class,
                new RouteParameters(QuoteRequestView.PARAMETER, click.getItem().getId()))));
        grid.setItems(requests.mine());
        add(new H2(getTranslation("quote.ui.requestsTitle")), create, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quote.ui.requestsTitle");
    }
}
