package org.uplift.ui.packages;

import java.util.Optional;

import org.uplift.marketplace.pool.ProviderPool;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

/** A provider not (yet) admitted to a pool may prepare and publish, but nothing it publishes is public. */
final class AdmissionNotice {

    private AdmissionNotice() {
    }

    static Optional<Paragraph> of(ProviderPool pool, String providerTenantId, Component translator) {
        if (pool.isAdmitted(providerTenantId)) {
            return Optional.empty();
        }
        var notice = new Paragraph(translator.getTranslation("packages.notAdmitted"));
        notice.setId("not-admitted");
        notice.getElement().getThemeList().add("badge warning");
        notice.getStyle().set("padding", "var(--lumo-space-s)");
        return Optional.of(notice);
    }
}
