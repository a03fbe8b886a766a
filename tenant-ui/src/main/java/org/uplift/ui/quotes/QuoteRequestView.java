package org.uplift.ui.quotes;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Map;

import org.uplift.identity.Role;
import org.uplift.marketplace.quote.Offer;
import org.uplift.marketplace.quote.QuoteAnswer;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.QuoteRequests;
import org.uplift.marketplace.quote.QuoteStatus;
import org.uplift.marketplace.quote.RequestStatus;
import org.uplift.platform.Formats;
import org.uplift.security.CurrentUser;
import org.uplift.security.UpliftPrincipal;
import org.uplift.ui.component.Notices;
import org.uplift.ui.engagements.EngagementView;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
 * One of the SME's quote requests: the providers' replies side by side (price, cost lines, scope, timeline,
 * milestones, or the reason they declined). The owner sends a draft and accepts one answer, after confirming; the
 * accepted quote opens as an engagement. Another SME's request is "not found".
 */
@Route("quotes/requests/:requestId")
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER"})
public class QuoteRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAMETER = "requestId";

    private final transient QuoteRequests requests;
    private final UpliftPrincipal user;
    final HorizontalLayout comparison = new HorizontalLayout();
    final Map<String, Button> acceptButtons = new LinkedHashMap<>();
    final Button send = new Button();
    ConfirmDialog confirm;
    private String requestId;

    public QuoteRequestView(QuoteRequests requests, CurrentUser currentUser) {
        this.requests = requests;
        this.user = currentUser.require();
        addClassName("uplift-page");
        comparison.setId("quote-comparison");
        comparison.setWidthFull();
        send.setText(getTranslation("quote.ui.send"));
        send.setId("send-quote-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = event.getRouteParameters().get(PARAMETER).orElse(null);
        if (requests.find(requestId).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        refresh();
    }

    private void refresh() {
        QuoteRequest request = requests.find(requestId).orElseThrow();
        removeAll();
        comparison.removeAll();
        acceptButtons.clear();
        boolean owner = user.has(Role.ENTERPRISE_OWNER);
        request.getOffers().forEach(offer -> comparison.add(card(request, offer, owner)));
        var status = new Span(getTranslation("quote.requestStatus." + request.getStatus()));
        status.getElement().getThemeList().add("badge");
        status.setId("quote-request-status");
        add(new H2(getTranslation("quote.ui.requestTitle")), new Paragraph(QuoteTexts.need(this, request.getNeed())),
                status);
        if (request.getExpiresAt() != null && request.getStatus() == RequestStatus.OPEN) {
            add(new Paragraph(getTranslation("quote.ui.expires", QuoteTexts.date(this, request.getExpiresAt()))));
        }
        send.setVisible(owner && request.getStatus() == RequestStatus.DRAFT);
        add(send, comparison);
        if (request.getStatus() == RequestStatus.ACCEPTED) {
            var open = new Button(getTranslation("quote.ui.openEngagement"), e -> getUI().ifPresent(ui -> ui.navigate(
                    EngagementView.class, new RouteParameters(EngagementView.PARAMETER, request.getAcceptedQuoteId()))));
            open.setId("open-engagement");
            add(open);
        }
    }

    private Div card(QuoteRequest request, Offer offer, boolean owner) {
        var card = new Div();
        card.addClassName("uplift-card");
        card.getStyle().set("flex", "1 1 0").set("min-width", "16em").set("border",
                "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)");
        card.setId("offer-" + offer.getProviderTenantId());
        card.add(new H3(offer.getProviderName()),
                new Paragraph(getTranslation("quote.status." + offer.getStatus())));
        QuoteAnswer answer = offer.getAnswer();
        if (answer != null) {
            var total = new Paragraph(getTranslation("quote.ui.total") + getTranslation("engagement.colon")
                    + Formats.yuan(answer.totalFen()));
            total.addClassName("offer-total");
            var lines = new UnorderedList();
            answer.costLines().forEach(l -> lines.add(new ListItem(getTranslation("quote.cost." + l.category())
                    + getTranslation("engagement.colon") + Formats.yuan(l.amountFen())
                    + (l.description() == null || l.description().isBlank() ? "" : "（" + l.description() + "）"))));
            String timeline = answer.timelineWeeks() != null
                    ? getTranslation("engagement.weeks", answer.timelineWeeks())
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(answer.deliverBy());
            var milestones = new UnorderedList();
            answer.milestones().forEach(m -> milestones.add(new ListItem(getTranslation("quote.ui.milestoneLine",
                    m.title(), m.dueInDays(), m.deliverable()))));
            card.add(total, lines, new Paragraph(getTranslation("engagement.scope") + getTranslation("engagement.colon")
                    + answer.scope()), new Paragraph(getTranslation("engagement.timeline")
                            + getTranslation("engagement.colon") + timeline),
                    new Paragraph(getTranslation("engagement.milestones")), milestones);
            offer.getAttachment().ifPresent(a -> {
                var link = new Anchor(DownloadHandler.fromInputStream(event -> requests.attachment(request.getId(),
                        offer.getQuoteId()).map(c -> new DownloadResponse(c.content(), c.file().filename(),
                                c.file().contentType(), c.file().size()))
                        .orElseGet(() -> DownloadResponse.error(404))), a.filename());
                link.setId("offer-attachment-" + offer.getQuoteId());
                card.add(new Paragraph(new Span(getTranslation("quote.ui.attachment")
                        + getTranslation("engagement.colon")), link));
            });
        }
        if (offer.getStatus() == QuoteStatus.DECLINED) {
            card.add(new Paragraph(getTranslation("quote.ui.declineReason") + getTranslation("engagement.colon")
                    + offer.getDeclineReason()));
        }
        if (owner && request.getStatus() == RequestStatus.OPEN && offer.getStatus() == QuoteStatus.ANSWERED) {
            var accept = new Button(getTranslation("quote.ui.accept"), e -> confirmAccept(offer));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            accept.setId("accept-" + offer.getQuoteId());
            acceptButtons.put(offer.getQuoteId(), accept);
            card.add(accept);
        }
        return card;
    }

    void confirmAccept(Offer offer) {
        confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("quote.ui.acceptConfirmTitle"));
        confirm.setText(getTranslation("quote.ui.acceptConfirmText", offer.getProviderName(),
                Formats.yuan(offer.getAnswer().totalFen())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("quote.ui.cancel"));
        confirm.setConfirmText(getTranslation("quote.ui.accept"));
        confirm.addConfirmListener(e -> accept(offer.getQuoteId()));
        confirm.open();
    }

    void accept(String quoteId) {
        try {
            requests.accept(requestId, quoteId);
            Notices.success(getTranslation("quote.ui.accepted"));
            getUI().ifPresent(ui -> ui.navigate(EngagementView.class,
                    new RouteParameters(EngagementView.PARAMETER, quoteId)));
        } catch (InputRejectedException rejected) {
            Notices.error(getTranslation(rejected.violations().get(0).messageKey()));
            refresh();
        }
    }

    void send() {
        try {
            requests.send(requestId);
            Notices.success(getTranslation("quote.ui.sent"));
        } catch (InputRejectedException rejected) {
            Notices.error(rejected.violations().stream().map(v -> getTranslation(v.messageKey(), v.arguments().toArray()))
                    .reduce((a, b) -> a + " " + b).orElse(""));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quote.ui.requestTitle");
    }
}
