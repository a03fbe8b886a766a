package org.uplift.ui.quotes;

import org.uplift.marketplace.quote.ProviderQuotes;
import org.uplift.marketplace.quote.Quote;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/** The current provider's quotes, newest first; an open one is claimed and answered on its page. */
@Route("quotes/incoming")
@RolesAllowed({"PROVIDER_ADMIN", "PROVIDER_CONSULTANT"})
public class IncomingQuotesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Quote> grid = new Grid<>();

    public IncomingQuotesView(ProviderQuotes quotes) {
        addClassName("uplift-page");
        grid.addColumn(Quote::getSmeName).setHeader(getTranslation("quote.ui.sme"));
        grid.addColumn(q -> QuoteTexts.need(this, q.getNeed())).setHeader(getTranslation("quote.ui.need")).setFlexGrow(3);
        grid.addColumn(q -> getTranslation("quote.status." + q.getStatus())).setHeader(getTranslation("quote.ui.status"));
        grid.addColumn(q -> QuoteTexts.date(this, q.getCreatedAt())).setHeader(getTranslation("quote.ui.created"));
        grid.addColumn(q -> QuoteTexts.date(this, q.getExpiresAt())).setHeader(getTranslation("quote.ui.expiresHeader"));
        grid.setAllRowsVisible(true);
        grid.setId("incoming-quotes");
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(AnswerQuoteView.class,
                new RouteParameters(AnswerQuoteView.PARAMETER, click.getItem().getId()))));
        grid.setItems(quotes.recent());
        add(new H2(getTranslation("quote.ui.incomingTitle")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quote.ui.incomingTitle");
    }
}
