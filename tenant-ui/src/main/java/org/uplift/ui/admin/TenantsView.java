package org.uplift.ui.admin;

import java.util.Optional;

import org.uplift.organisation.District;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.component.Catalogs;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.ui.component.UiFormats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The platform admin's list of every organisation, and creation of authority and platform tenants. */
@Route("admin/tenants")
@RolesAllowed("PLATFORM_ADMIN")
public class TenantsView extends VerticalLayout implements HasDynamicTitle {

    private final transient Organisations organisations;
    final Grid<Organisation> grid = new Grid<>();
    final RadioButtonGroup<TenantKind> kind = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final ComboBox<District> district;
    final TextField adminName = new TextField();
    final EmailField adminEmail = new EmailField();
    final PasswordField adminPassword = new PasswordField();
    final Button create = new Button();
    private final Span count = new Span();
    private final FieldErrors errors = new FieldErrors();

    public TenantsView(Organisations organisations) {
        this.organisations = organisations;
        addClassName("uplift-page");
        var formats = UiFormats.formats();
        grid.addColumn(Organisation::getName).setHeader(getTranslation("tenants.name")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("kind." + o.getKind().name())).setHeader(getTranslation("tenants.kind"));
        grid.addColumn(o -> Optional.ofNullable(o.getCreditCode()).orElse("")).setHeader(getTranslation("home.creditCode"));
        grid.addColumn(o -> formats.date(o.getRegisteredAt(), getLocale()))
                .setHeader(getTranslation("home.registeredAt"));
        grid.setId("tenants");
        kind.setLabel(getTranslation("tenants.kind"));
        kind.setItems(TenantKind.AUTHORITY, TenantKind.PLATFORM);
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        kind.setValue(TenantKind.AUTHORITY);
        name.setLabel(getTranslation("tenants.name"));
        district = Catalogs.districtPicker(getTranslation("tenants.district"), getLocale());
        adminName.setLabel(getTranslation("tenants.adminName"));
        adminEmail.setLabel(getTranslation("tenants.adminEmail"));
        adminPassword.setLabel(getTranslation("tenants.adminPassword"));
        adminPassword.setHelperText(getTranslation("register.passwordHelp"));
        errors.bind("organisationName", name).bind("district", district).bind("displayName", adminName)
                .bind("email", adminEmail).bind("password", adminPassword);
        create.setText(getTranslation("tenants.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        add(new H2(getTranslation("tenants.title")), count, grid, new H3(getTranslation("tenants.create")),
                new FormLayout(kind, name, district, adminName, adminEmail, adminPassword), create);
        refresh();
    }

    void create() {
        try {
            organisations.createAdministrativeTenant(kind.getValue(), name.getValue(),
                    Optional.ofNullable(district.getValue()).map(District::code).orElse(null),
                    adminName.getValue(), adminEmail.getValue(), adminPassword.getValue());
            errors.clear();
            Notices.success(getTranslation("tenants.created"));
            name.clear();
            adminName.clear();
            adminEmail.clear();
            adminPassword.clear();
            refresh();
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    private void refresh() {
        var all = organisations.all();
        grid.setItems(all);
        count.setText(getTranslation("tenants.count", all.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.title");
    }
}
