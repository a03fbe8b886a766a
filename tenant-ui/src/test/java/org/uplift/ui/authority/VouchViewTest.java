package org.uplift.ui.authority;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.identity.SignInAccount;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.TestCreditCodes;
import org.uplift.organisation.TestSmes;
import org.uplift.organisation.Vouches;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.BrowserlessUi;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;

/** An authority's programme manager confirms a registered SME as a real company by its credit code. */
@UpliftTest
class VouchViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Organisations organisations;
    @Autowired
    Accounts accounts;
    @Autowired
    Vouches vouches;

    SignInAccount manager;
    TestSmes.Sme sme;

    @BeforeEach
    void anAuthorityAndAnSme() {
        String email = "manager-" + UUID.randomUUID() + "@authority.cn";
        organisations.createAdministrativeTenant(TenantKind.AUTHORITY, "杭州市经信局", "330110", "周处长", email,
                TestSmes.PASSWORD);
        manager = accounts.findForSignIn(email).orElseThrow();
        sme = new TestSmes(context).register();
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    void open(SignInAccount account, TenantKind kind) {
        BrowserlessUi.signIn(account, kind);
        BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("vouches");
    }

    TextField creditCode() {
        return _get(TextField.class, s -> s.withId("vouch-credit-code"));
    }

    void confirm(String code) {
        HasValueUtilsKt._setValue(creditCode(), code);
        ButtonKt._click(_get(Button.class, s -> s.withId("vouch")));
    }

    @Test
    void a_programme_manager_confirms_an_sme_by_its_credit_code_in_lower_case_too() {
        String code = organisations.find(sme.tenantId()).orElseThrow().getCreditCode();
        TenantContext.runAs(manager.tenantId(), () -> {
            open(manager, TenantKind.AUTHORITY);
            confirm(code.toLowerCase(Locale.ROOT));
            assertThat(creditCode().isInvalid()).isFalse();
            assertThat(creditCode().getValue()).isEmpty();
        });
        assertThat(vouches.isVouched(sme.tenantId())).isTrue();
    }

    @Test
    void an_unknown_or_invalid_credit_code_is_refused_on_the_field() {
        TenantContext.runAs(manager.tenantId(), () -> {
            open(manager, TenantKind.AUTHORITY);
            confirm("91330110MA2XXXXXX0");
            assertThat(creditCode().isInvalid()).isTrue();
            confirm(TestCreditCodes.next()); // valid, but nobody registered it
            assertThat(creditCode().isInvalid()).isTrue();
        });
        assertThat(vouches.isVouched(sme.tenantId())).isFalse();
    }

    @Test
    void an_sme_cannot_open_the_page() {
        TenantContext.runAs(sme.tenantId(), () -> assertThatThrownBy(() -> open(sme.owner(), TenantKind.ENTERPRISE))
                .isInstanceOf(MockAccessDeniedException.class));
    }
}
