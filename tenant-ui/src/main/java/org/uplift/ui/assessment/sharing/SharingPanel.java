package org.uplift.ui.assessment.sharing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.uplift.assessment.SectionPermission;
import org.uplift.identity.Actors;
import org.uplift.assessment.sharing.AssessmentShare;
import org.uplift.assessment.sharing.AssessmentShares;
import org.uplift.organisation.Organisation;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.ui.component.UiFormats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinService;

/**
 * The SME's sharing of one assessment with digital service providers: the owner picks a provider, may
 * invite it to diagnose, and revokes shares; members see the list only. Self-contained: it looks up the
 * services it needs, so a page only places {@code new SharingPanel(assessmentId)}.
 */
public class SharingPanel extends VerticalLayout {


    private final String assessmentId;
    private final transient AssessmentShares shares;
    private final boolean owner;
    private final ComboBox<Organisation> provider = new ComboBox<>();
    private final Checkbox invite = new Checkbox();
    private final Button share = new Button();
    private final Div current = new Div();
    private final FieldErrors errors = new FieldErrors();
    private final Map<String, String> providerNames;

    public SharingPanel(String assessmentId) {
        this(assessmentId, true);
    }

    /** Without the diagnosis invitation when the result is already published (the journey is past it). */
    public SharingPanel(String assessmentId, boolean canInviteToDiagnose) {
        this.assessmentId = assessmentId;
        var instantiator = VaadinService.getCurrent().getInstantiator();
        this.shares = instantiator.getOrCreate(AssessmentShares.class);
        // live roles: a demoted owner no longer sees the form (and the domain refuses it anyway)
        this.owner = SectionPermission.mayShare(instantiator.getOrCreate(Actors.class).current());
        List<Organisation> providers = shares.providers();
        this.providerNames = providers.stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName,
                (a, b) -> a));
        setId("sharing-panel");
        setPadding(false);
        add(new H3(getTranslation("sharing.title")), new Paragraph(getTranslation("sharing.explanation")));
        if (owner) {
            provider.setLabel(getTranslation("sharing.provider"));
            provider.setItems(providers);
            provider.setItemLabelGenerator(Organisation::getName);
            provider.setWidth("24em");
            provider.setId("share-provider");
            invite.setLabel(getTranslation("sharing.inviteToDiagnose"));
            invite.setId("invite-diagnosis");
            invite.setVisible(canInviteToDiagnose);
            share.setText(getTranslation("sharing.share"));
            share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            share.setId("share-assessment");
            share.addClickListener(e -> share());
            errors.bind("providerTenantId", provider);
            var form = new HorizontalLayout(provider, invite, share);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            add(form);
        }
        current.setId("current-shares");
        current.setWidthFull();
        add(current);
        refresh();
    }

    private void share() {
        String chosen = provider.getValue() == null ? null : provider.getValue().getId();
        try {
            AssessmentShare shared = shares.share(assessmentId, chosen, invite.getValue());
            errors.clear();
            Notices.success(getTranslation(shared.getDiagnosis().isInvited() ? "sharing.sharedAndInvited" : "sharing.shared",
                    providerNames.getOrDefault(chosen, "")));
            provider.clear();
            invite.clear();
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
        refresh();
    }

    private void revoke(AssessmentShare revoked) {
        try {
            shares.revoke(assessmentId, revoked.getProviderTenantId());
            Notices.success(getTranslation("sharing.revoked", name(revoked)));
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
        refresh();
    }

    private void refresh() {
        current.removeAll();
        List<AssessmentShare> active = shares.sharesOf(assessmentId);
        if (active.isEmpty()) {
            var none = new Paragraph(getTranslation("sharing.none"));
            none.addClassName("uplift-muted");
            current.add(none);
            return;
        }
        active.forEach(s -> current.add(row(s)));
    }

    private HorizontalLayout row(AssessmentShare s) {
        var since = new Span(getTranslation("sharing.since",
                UiFormats.formats().date(s.getSharedAt(), getLocale())));
        since.addClassName("uplift-muted");
        var status = new Span(getTranslation("sharing.diagnosis." + s.getDiagnosis().name()));
        status.getElement().getThemeList().add("badge");
        var row = new HorizontalLayout(new Span(name(s)), since, status);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.getElement().setAttribute("data-provider", s.getProviderTenantId());
        if (owner) {
            var revoke = new Button(getTranslation("sharing.revoke"), e -> revoke(s));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setId("revoke-" + s.getProviderTenantId());
            row.add(revoke);
        }
        return row;
    }

    private String name(AssessmentShare s) {
        return providerNames.getOrDefault(s.getProviderTenantId(), s.getProviderTenantId());
    }
}
