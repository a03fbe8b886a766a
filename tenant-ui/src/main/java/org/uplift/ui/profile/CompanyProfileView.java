package org.uplift.ui.profile;

import java.util.Optional;

import org.uplift.organisation.CompanyProfile;
import org.uplift.organisation.CompanyProfileForm;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.District;
import org.uplift.organisation.DistrictCatalog;
import org.uplift.organisation.Industry;
import org.uplift.organisation.IndustryCatalog;
import org.uplift.security.CurrentUser;
import org.uplift.ui.component.Catalogs;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The SME's company profile. {@code /profile} edits the own profile; {@code /profile/<id>} opens one
 * by id, and only ever finds it within the signed-in tenant (another tenant's id is "not found").
 */
@Route("profile/:profileId?")
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER"})
public class CompanyProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CompanyProfiles profiles;
    private final String userId;
    private final boolean canEdit;
    private final ComboBox<Industry> industry;
    private final ComboBox<District> district;
    private final IntegerField employees = new IntegerField();
    private final BigDecimalField revenue = new BigDecimalField();
    private final TextArea products = new TextArea();
    private final Button save = new Button();
    private final FieldErrors errors = new FieldErrors();

    public CompanyProfileView(CompanyProfiles profiles, CurrentUser currentUser) {
        this.profiles = profiles;
        var user = currentUser.require();
        this.userId = user.userId();
        this.canEdit = user.has(org.uplift.identity.Role.ENTERPRISE_OWNER);
        addClassName("uplift-page");
        industry = Catalogs.industryPicker(getTranslation("profile.industry"), getLocale());
        industry.setId("industry");
        district = Catalogs.districtPicker(getTranslation("profile.district"), getLocale());
        district.setId("district");
        employees.setLabel(getTranslation("profile.employees"));
        employees.setId("employees");
        employees.setMin(1);
        revenue.setLabel(getTranslation("profile.annualRevenue"));
        revenue.setId("annual-revenue");
        products.setLabel(getTranslation("profile.mainProducts"));
        products.setId("main-products");
        products.setMaxLength(CompanyProfileForm.MAX_PRODUCTS_LENGTH);
        errors.bind("industryCode", industry).bind("districtCode", district).bind("employees", employees)
                .bind("annualRevenue", revenue).bind("mainProducts", products);
        save.setText(getTranslation("profile.save"));
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var form = new FormLayout(industry, district, employees, revenue, products);
        form.setColspan(products, 2);
        add(new H2(getTranslation("profile.title")), form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> requested = event.getRouteParameters().get("profileId");
        Optional<CompanyProfile> profile = profiles.current();
        if (requested.isPresent()) {
            profile = profiles.byId(requested.get());
            if (profile.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        profile.ifPresent(this::show);
        boolean editable = canEdit && requested.isEmpty();
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {industry, district, employees, revenue, products}) {
            field.setReadOnly(!editable);
        }
        save.setVisible(editable);
        if (!editable) {
            addComponentAtIndex(1, new Paragraph(getTranslation("profile.readOnly")));
        }
    }

    private void show(CompanyProfile profile) {
        industry.setValue(IndustryCatalog.byCode(profile.getIndustryCode()).orElse(null));
        district.setValue(DistrictCatalog.byCode(profile.getDistrictCode()).orElse(null));
        employees.setValue(profile.getEmployees());
        revenue.setValue(profile.getAnnualRevenue());
        products.setValue(profile.getMainProducts());
    }

    private void save() {
        var form = new CompanyProfileForm(
                Optional.ofNullable(industry.getValue()).map(Industry::code).orElse(null),
                Optional.ofNullable(district.getValue()).map(District::code).orElse(null),
                employees.getValue(), revenue.getValue(), products.getValue());
        try {
            profiles.save(form);
            errors.clear();
            Notices.success(getTranslation("profile.saved"));
            // The home page by its root alias: the profile must not depend on the home view, which links here.
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }

}
