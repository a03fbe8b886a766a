package org.uplift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.uplift.organisation.TestSmes;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.UpliftTest;
import org.uplift.organisation.CompanyProfileForm;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.DistrictCatalog;
import org.uplift.organisation.IndustryCatalog;
import org.uplift.SignedIn;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.home.HomeView;
import org.uplift.ui.profile.CompanyProfileView;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The SME owner's start page and company profile in the browserless UI: the onboarding tasks of the
 * real process, confined to the signed-in tenant.
 */
@UpliftTest
class HomeViewTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ApplicationContext context;
    @Autowired
    CompanyProfiles profiles;
    @Autowired
    MessageSource messages;

    TestSmes smes;

    @BeforeEach
    void setUp() {
        smes = new TestSmes(context);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    /** Runs as the SME's signed-in owner, in its tenant as TenantContextFilter would set it per request. */
    void asOwnerOf(Sme sme, Runnable steps) {
        BrowserlessUi.signIn(sme.owner(), TenantKind.ENTERPRISE);
        TenantContext.runAs(sme.tenantId(), () -> {
            BrowserlessUi.open(context, ZH);
            steps.run();
        });
    }

    static List<String> taskCards() {
        return _find(Div.class, s -> s.withPredicate(div -> div.getElement().hasAttribute("data-task"))).stream()
                .map(div -> div.getElement().getAttribute("data-task")).toList();
    }

    String saveProfileOf(Sme sme, String mainProducts) {
        return SignedIn.as(sme.owner(), () -> profiles.save(new CompanyProfileForm("C34", "330110", 80,
                new BigDecimal("5200"), mainProducts)).getId());
    }

    @Test
    void a_freshly_registered_owner_sees_the_organisation_and_the_task_to_complete_the_profile() {
        var sme = smes.register();
        asOwnerOf(sme, () -> {
            UI.getCurrent().navigate(HomeView.class);

            assertThat(_get(Span.class, s -> s.withId("current-organisation")).getText()).isEqualTo(sme.name());
            assertThat(_find(H3.class, s -> s.withText(sme.name()))).hasSize(1);
            assertThat(taskCards()).containsExactly("completeCompanyProfile");
            _get(Button.class, s -> s.withId("task-action-completeCompanyProfile"));
        });
    }

    @Test
    void saving_the_profile_from_the_task_leads_home_to_the_first_assessment() {
        var sme = smes.register();
        asOwnerOf(sme, () -> {
            UI.getCurrent().navigate(HomeView.class);
            ButtonKt._click(_get(Button.class, s -> s.withId("task-action-completeCompanyProfile")));
            NavigatorKt.expectView(CompanyProfileView.class);

            ComboBoxKt.selectByLabel(combo("industry"), "C34 " + IndustryCatalog.displayName("C34", ZH));
            ComboBoxKt.selectByLabel(combo("district"), DistrictCatalog.displayName("330110", ZH));
            HasValueUtilsKt._setValue(_get(IntegerField.class, s -> s.withId("employees")), 80);
            HasValueUtilsKt._setValue(_get(BigDecimalField.class, s -> s.withId("annual-revenue")),
                    new BigDecimal("5200"));
            HasValueUtilsKt._setValue(_get(TextArea.class, s -> s.withId("main-products")), "液压阀、数控机床零部件");
            ButtonKt._click(_get(Button.class, s -> s.withId("save-profile")));

            NavigatorKt.expectView(HomeView.class);
            assertThat(taskCards()).containsExactly("startFirstAssessment");
        });
        var saved = TenantContext.callAs(sme.tenantId(), () -> profiles.current()).orElseThrow();
        assertThat(saved.getMainProducts()).isEqualTo("液压阀、数控机床零部件");
        assertThat(saved.getEmployees()).isEqualTo(80);
    }

    @Test
    void an_owner_of_another_tenant_sees_none_of_the_first_smes_tasks() {
        var first = smes.register();
        saveProfileOf(first, "液压阀");
        var other = smes.register();
        asOwnerOf(other, () -> {
            UI.getCurrent().navigate(HomeView.class);

            assertThat(_get(Span.class, s -> s.withId("current-organisation")).getText()).isEqualTo(other.name());
            assertThat(taskCards()).containsExactly("completeCompanyProfile");
        });
    }

    @Test
    void an_owner_opens_its_own_profile_by_id_read_only() {
        var sme = smes.register();
        String id = saveProfileOf(sme, "液压阀");
        asOwnerOf(sme, () -> {
            UI.getCurrent().navigate("profile/" + id);

            NavigatorKt.expectView(CompanyProfileView.class);
            assertThat(_get(TextArea.class, s -> s.withId("main-products")).getValue()).isEqualTo("液压阀");
            assertThat(_get(TextArea.class, s -> s.withId("main-products")).isReadOnly()).isTrue();
        });
    }

    @Test
    void another_tenants_profile_id_is_not_found_and_shows_none_of_its_data() {
        String foreignId = saveProfileOf(smes.register(), "别人的秘密产品");
        var other = smes.register();
        asOwnerOf(other, () -> {
            UI.getCurrent().navigate("profile/" + foreignId);

            var notFound = _get(Div.class, s -> s.withId("not-found"));
            assertThat(_get(notFound, Paragraph.class).getText())
                    .isEqualTo(messages.getMessage("error.notFound", null, ZH));
            _assertNone(CompanyProfileView.class);
            assertThat(_find(TextArea.class)).noneMatch(area -> "别人的秘密产品".equals(area.getValue()));
        });
    }

    @Test
    void an_unknown_profile_id_looks_the_same_as_another_tenants() {
        asOwnerOf(smes.register(), () -> {
            UI.getCurrent().navigate("profile/000000000000000000000000");

            _get(Div.class, s -> s.withId("not-found"));
            _assertNone(CompanyProfileView.class);
        });
    }

    @SuppressWarnings("unchecked")
    static ComboBox<Object> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }
}
