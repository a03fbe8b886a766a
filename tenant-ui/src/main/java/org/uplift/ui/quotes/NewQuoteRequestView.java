package org.uplift.ui.quotes;

import java.util.List;
import java.util.Optional;

import org.uplift.identity.Role;
import org.uplift.marketplace.catalogue.Catalogue;
import org.uplift.marketplace.catalogue.CatalogueItem;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.QuoteRequests;
import org.uplift.organisation.Organisation;
import org.uplift.security.CurrentUser;
import org.uplift.security.UpliftPrincipal;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * "请求报价": a request on a catalogue package ({@code quotes/new/<packageId>}, its provider picked already) or on a
 * need in the SME's own words ({@code quotes/new}), to one to three admitted providers. The owner sends it; a member
 * saves a draft for the owner to send.
 */
@Route("quotes/new/:packageId?")
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER"})
public class NewQuoteRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAMETER = "packageId";

    private final transient QuoteRequests requests;
    private final transient Catalogue catalogue;
    private final UpliftPrincipal user;
    final Paragraph packageInfo = new Paragraph();
    final TextArea description = new TextArea();
    final MultiSelectComboBox<Organisation> providers = new MultiSelectComboBox<>();
    final Button send = new Button();
    final Button saveDraft = new Button();
    private final FieldErrors errors = new FieldErrors();
    private String packageId;

    public NewQuoteRequestView(QuoteRequests requests, Catalogue catalogue, CurrentUser currentUser) {
        this.requests = requests;
        this.catalogue = catalogue;
        this.user = currentUser.require();
        addClassName("uplift-page");
        description.setLabel(getTranslation("quote.ui.description"));
        description.setWidth("40em");
        description.setMaxLength(2000);
        description.setId("quote-description");
        providers.setLabel(getTranslation("quote.ui.pickProviders"));
        providers.setItems(requests.admittedProviders());
        providers.setItemLabelGenerator(Organisation::getName);
        providers.setWidth("40em");
        providers.setId("quote-providers");
        errors.bind("description", description).bind("providerTenantIds", providers);
        send.setText(getTranslation("quote.ui.send"));
        send.setId("send-quote-request");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> submit(true));
        send.setVisible(user.has(Role.ENTERPRISE_OWNER));
        saveDraft.setText(getTranslation("quote.ui.saveDraft"));
        saveDraft.setId("save-quote-draft");
        saveDraft.addClickListener(e -> submit(false));
        packageInfo.setId("quote-package");
        packageInfo.setVisible(false);
        add(new H2(getTranslation("quote.ui.newTitle")), packageInfo, description, providers,
                new Paragraph(getTranslation(user.has(Role.ENTERPRISE_OWNER) ? "quote.ui.ownerHint" : "quote.ui.memberHint")),
                new HorizontalLayout(send, saveDraft));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        packageId = event.getRouteParameters().get(PARAMETER).orElse(null);
        if (packageId == null) {
            return;
        }
        Optional<CatalogueItem> item = catalogue.find(packageId);
        if (item.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        packageInfo.setText(getTranslation("quote.ui.onPackage", item.get().nameZh(), item.get().providerName(),
                item.get().version()));
        packageInfo.setVisible(true);
        description.setLabel(getTranslation("quote.ui.descriptionOptional"));
        providers.getListDataView().getItems().filter(o -> o.getId().equals(item.get().providerTenantId()))
                .findFirst().ifPresent(providers::select);
    }

    void submit(boolean sendNow) {
        List<String> ids = providers.getValue().stream().map(Organisation::getId).toList();
        try {
            QuoteRequest request = sendNow ? requests.request(packageId, description.getValue(), ids)
                    : requests.draft(packageId, description.getValue(), ids);
            errors.clear();
            Notices.success(getTranslation(sendNow ? "quote.ui.sent" : "quote.ui.draftSaved"));
            getUI().ifPresent(ui -> ui.navigate(QuoteRequestView.class,
                    new RouteParameters(QuoteRequestView.PARAMETER, request.getId())));
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quote.ui.newTitle");
    }
}
