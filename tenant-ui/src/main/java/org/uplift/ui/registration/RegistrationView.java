package org.uplift.ui.registration;

import java.util.Optional;

import org.uplift.organisation.District;
import org.uplift.organisation.Industry;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Registration;
import org.uplift.security.UiLanguage;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.component.Catalogs;
import org.uplift.ui.component.FieldErrors;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Self-registration of an SME or a digital service provider with its first user, the owner. */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    private final transient Organisations organisations;
    final RadioButtonGroup<TenantKind> kind = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final TextField creditCode = new TextField();
    final ComboBox<District> district;
    final ComboBox<Industry> industry;
    final TextField ownerName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final Button submit = new Button();
    private final FieldErrors errors = new FieldErrors();
    private final VerticalLayout content = new VerticalLayout();

    public RegistrationView(Organisations organisations) {
        this.organisations = organisations;
        addClassName("uplift-page");
        setMaxWidth("720px");
        kind.setLabel(getTranslation("register.kind"));
        kind.setItems(TenantKind.ENTERPRISE, TenantKind.PROVIDER);
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        kind.setValue(TenantKind.ENTERPRISE);
        kind.setId("kind");
        district = Catalogs.districtPicker(getTranslation("register.district"), getLocale());
        industry = Catalogs.industryPicker(getTranslation("register.industry"), getLocale());
        kind.addValueChangeListener(e -> industry.setVisible(e.getValue() == TenantKind.ENTERPRISE));
        label(name, "register.organisationName", "organisation-name");
        label(creditCode, "register.creditCode", "credit-code");
        creditCode.setMaxLength(18);
        district.setId("district");
        industry.setId("industry");
        label(ownerName, "register.ownerName", "owner-name");
        email.setLabel(getTranslation("register.email"));
        email.setId("email");
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.passwordHelp"));
        password.setId("password");
        errors.bind("organisationName", name).bind("creditCode", creditCode).bind("district", district)
                .bind("industry", industry).bind("displayName", ownerName).bind("email", email)
                .bind("password", password);
        submit.setText(getTranslation("register.submit"));
        submit.setId("register");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> register());
        var form = new FormLayout(kind, name, creditCode, district, industry, ownerName, email, password);
        form.setColspan(kind, 2);
        content.setPadding(false);
        content.add(new Paragraph(getTranslation("register.intro")), form, submit);
        add(new H2(getTranslation("register.title")), content);
    }

    private void label(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
    }

    void register() {
        var registration = new Registration(kind.getValue(), name.getValue(), creditCode.getValue(),
                Optional.ofNullable(district.getValue()).map(District::code).orElse(null),
                Optional.ofNullable(industry.getValue()).map(Industry::code).orElse(null),
                ownerName.getValue(), email.getValue(), password.getValue());
        try {
            // The same answer whether or not the address already has an account: see requestRegistration.
            organisations.requestRegistration(registration, UiLanguage.tag(getLocale()));
            showRequested();
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    private void showRequested() {
        content.removeAll();
        var requested = new Paragraph(getTranslation("register.checkMailbox"));
        requested.setId("registration-requested");
        content.add(requested);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
