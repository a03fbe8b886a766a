package org.uplift.ui.authority;

import org.uplift.organisation.Vouches;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * An authority's programme manager confirms that a registered SME is a real company, by the unified social
 * credit code checked against the business registry. Only confirmed SMEs count in the peer benchmarks.
 */
@Route("vouches")
@RolesAllowed("PROGRAMME_MANAGER")
public class VouchView extends VerticalLayout implements HasDynamicTitle {

    private final transient Vouches vouches;
    final TextField creditCode = new TextField();
    final Button vouch = new Button();
    private final FieldErrors errors = new FieldErrors();

    public VouchView(Vouches vouches) {
        this.vouches = vouches;
        addClassName("uplift-page");
        creditCode.setLabel(getTranslation("vouch.creditCode"));
        creditCode.setId("vouch-credit-code");
        creditCode.setWidth("22em");
        errors.bind("creditCode", creditCode);
        vouch.setText(getTranslation("vouch.confirm"));
        vouch.setId("vouch");
        vouch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        vouch.addClickListener(e -> vouch());
        add(new H2(getTranslation("vouch.title")), new Paragraph(getTranslation("vouch.intro")), creditCode, vouch);
    }

    void vouch() {
        try {
            var sme = vouches.vouchByCreditCode(creditCode.getValue());
            errors.clear();
            creditCode.clear();
            Notices.success(getTranslation("vouch.done", sme.getName()));
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("vouch.title");
    }
}
