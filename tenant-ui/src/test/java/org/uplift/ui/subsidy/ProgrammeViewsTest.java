package org.uplift.ui.subsidy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.TestProgrammes;
import org.uplift.subsidy.ledger.BudgetLedger;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.BrowserlessUi;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The authority's programme pages and form, and the estimate calculator, as their users see them. */
@UpliftTest
class ProgrammeViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Organisations organisations;
    @Autowired
    Accounts accounts;
    @Autowired
    Programmes programmes;
    @Autowired
    BudgetLedger ledger;

    String authority;
    SignInAccount manager;
    SignInAccount reviewer;

    @BeforeEach
    void anAuthorityWithAManagerAndAReviewer() {
        String email = "manager-" + UUID.randomUUID() + "@authority.cn";
        authority = organisations.createAdministrativeTenant(TenantKind.AUTHORITY, "测试经信局", "330110", "周处长", email,
                TestSmes.PASSWORD).getId();
        manager = accounts.findForSignIn(email).orElseThrow();
        String reviewerEmail = TestSmes.freshEmail();
        TenantContext.runAs(authority, () -> accounts.create(reviewerEmail, "评审专家", TestSmes.PASSWORD,
                Set.of(Role.REVIEWER)));
        reviewer = accounts.findForSignIn(reviewerEmail).orElseThrow();
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    void open(SignInAccount account, TenantKind kind, String path) {
        BrowserlessUi.signIn(account, kind);
        BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(path);
    }

    String openedProgramme() {
        String id = TestProgrammes.newId();
        TenantContext.runAs(authority, () -> SystemWork.run("test: a programme",
                () -> programmes.open(programmes.create(id, TestProgrammes.pilot(2_000_000_000L)).getId())));
        return id;
    }

    void fillValidForm(ProgrammeFormView form, String id) {
        HasValueUtilsKt._setValue(form.id, id);
        HasValueUtilsKt._setValue(form.name, "测试专项");
        HasValueUtilsKt._setValue(form.budget, new BigDecimal("20000000"));
        HasValueUtilsKt._setValue(form.from, LocalDate.of(2026, 1, 1));
        HasValueUtilsKt._setValue(form.to, LocalDate.of(2027, 12, 31));
        HasValueUtilsKt._setValue(form.industries, "C13-C43");
        HasValueUtilsKt._setValue(form.industryExclusions, "C16");
        HasValueUtilsKt._setValue(form.districts, Set.of("330110"));
        HasValueUtilsKt._setValue(form.categories, EnumSet.of(CostCategory.SOFTWARE));
        HasValueUtilsKt._setValue(form.rate, new BigDecimal("40"));
        HasValueUtilsKt._setValue(form.caps.get(0), new BigDecimal("500000"));
        HasValueUtilsKt._setValue(form.threshold, new BigDecimal("300000"));
    }

    @Test
    void a_manager_who_types_a_bad_rate_sees_it_on_the_field_and_nothing_is_saved() {
        TenantContext.runAs(authority, () -> {
            open(manager, TenantKind.AUTHORITY, "programme-form");
            ProgrammeFormView form = _get(ProgrammeFormView.class);
            fillValidForm(form, TestProgrammes.newId());
            HasValueUtilsKt._setValue(form.rate, new BigDecimal("150"));
            ButtonKt._click(form.save);

            assertThat(form.rate.isInvalid()).isTrue();
            assertThat(form.rate.getErrorMessage()).isEqualTo(form.getTranslation("subsidy.programme.rate.range"));
            assertThat(programmes.mine()).isEmpty();
        });
    }

    @Test
    void a_manager_creates_a_programme_in_yuan_and_percent_stored_in_fen() {
        String id = TestProgrammes.newId();
        TenantContext.runAs(authority, () -> {
            open(manager, TenantKind.AUTHORITY, "programme-form");
            ProgrammeFormView form = _get(ProgrammeFormView.class);
            fillValidForm(form, id);
            HasValueUtilsKt._setValue(form.rate, new BigDecimal("37.5"));
            ButtonKt._click(form.save);

            var saved = programmes.find(id).orElseThrow();
            assertThat(saved.getTerms().budgetFen()).isEqualTo(2_000_000_000L);
            assertThat(saved.getTerms().capFor(2)).isEqualTo(50_000_000L);
            assertThat(saved.getTerms().ratePercent()).isEqualByComparingTo("37.5");
        });
    }

    @Test
    void the_programme_page_shows_the_budget_from_the_ledger() {
        String id = openedProgramme();
        TenantContext.runAs(authority, () -> SystemWork.run("test: an approval",
                () -> ledger.reserve(id, 40_000_000, "app-1", "application 1")));
        TenantContext.runAs(authority, () -> {
            open(reviewer, TenantKind.AUTHORITY, "programmes/" + id);
            assertThat(_get(Span.class, s -> s.withId("budget-total")).getText()).isEqualTo("¥20,000,000.00");
            assertThat(_get(Span.class, s -> s.withId("budget-reserved")).getText()).isEqualTo("¥400,000.00");
            assertThat(_get(Span.class, s -> s.withId("budget-available")).getText()).isEqualTo("¥19,600,000.00");
        });
    }

    @Test
    void a_reviewer_can_neither_edit_nor_open_the_form() {
        String id = openedProgramme();
        TenantContext.runAs(authority, () -> {
            open(reviewer, TenantKind.AUTHORITY, "programmes/" + id);
            assertThat(_find(Button.class, s -> s.withId("programme-edit"))).isEmpty();
            assertThat(_find(Button.class, s -> s.withId("programme-new"))).isEmpty();
            assertThatThrownBy(() -> UI.getCurrent().navigate("programme-form/" + id))
                    .isInstanceOf(MockAccessDeniedException.class);
        });
    }

    @Test
    void the_calculator_shows_an_smes_reasons_and_amount() {
        TestSmes.Sme sme = new TestSmes(context).register();
        TenantContext.runAs(sme.tenantId(), () -> {
            open(sme.owner(), TenantKind.ENTERPRISE, "programmes/hz-pilot-2026");
            EstimateCalculator calculator = _get(EstimateCalculator.class);
            HasValueUtilsKt._setValue(calculator.costs.get(CostCategory.CONSULTING), new BigDecimal("10000"));
            HasValueUtilsKt._setValue(calculator.industry, "C16");
            HasValueUtilsKt._setValue(calculator.district, "330110");
            HasValueUtilsKt._setValue(calculator.level, 1);
            ButtonKt._click(calculator.estimate);

            assertThat(_find(ListItem.class).stream().map(ListItem::getText)).contains(
                    calculator.getTranslation("subsidy.reason.LEVEL_BELOW_MINIMUM"),
                    calculator.getTranslation("subsidy.reason.INDUSTRY_NOT_ELIGIBLE"),
                    calculator.getTranslation("subsidy.reason.NO_ELIGIBLE_COST"));

            HasValueUtilsKt._setValue(calculator.costs.get(CostCategory.SOFTWARE), new BigDecimal("10000"));
            HasValueUtilsKt._setValue(calculator.industry, "C34");
            HasValueUtilsKt._setValue(calculator.level, 2);
            ButtonKt._click(calculator.estimate);

            assertThat(_get(Paragraph.class, s -> s.withId("estimate-headline")).getText()).contains("¥4,000.00");
        });
    }
}
