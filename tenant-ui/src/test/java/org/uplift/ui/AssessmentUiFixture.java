package org.uplift.ui;

import org.uplift.SignedIn;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.uplift.UpliftTest;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.assessment.AssessmentWizardView;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * What the assessment view tests share: an SME registered per test, sign-in into a fresh browserless
 * session in its tenant, the wizard opened on a draft, and finding its fields.
 */
@UpliftTest
abstract class AssessmentUiFixture {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ApplicationContext context;
    @Autowired
    Assessments assessments;
    @Autowired
    Accounts accounts;
    @Autowired
    MessageSource messages;

    TestSmes smes;
    TestSmes.Sme sme;

    @BeforeEach
    void anSme() {
        smes = new TestSmes(context);
        sme = smes.register();
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    /** Signs in and opens a fresh browser session in the SME's tenant, as TenantContextFilter would. */
    void as(SignInAccount account, Runnable steps) {
        BrowserlessUi.signIn(account, TenantKind.ENTERPRISE);
        TenantContext.runAs(account.tenantId(), () -> {
            BrowserlessUi.open(context, ZH);
            steps.run();
        });
        BrowserlessUi.close();
    }

    void openWizard(String id) {
        UI.getCurrent().navigate("assessments/" + id);
        NavigatorKt.expectView(AssessmentWizardView.class);
    }

    String draft() {
        return SignedIn.as(sme.owner(), () -> assessments.start().getId());
    }

    Assessment stored(String id) {
        return TenantContext.callAs(sme.tenantId(), () -> assessments.find(id).orElseThrow());
    }

    SignInAccount member(String name) {
        String email = TestSmes.freshEmail();
        TenantContext.runAs(sme.tenantId(),
                () -> accounts.create(email, name, TestSmes.PASSWORD, Set.of(Role.ENTERPRISE_MEMBER)));
        return accounts.findForSignIn(email).orElseThrow();
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ZH);
    }

    @SuppressWarnings("unchecked")
    static CheckboxGroup<String> checkboxes(String id) {
        return _get(CheckboxGroup.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    static RadioButtonGroup<Object> radios(String id) {
        return _get(RadioButtonGroup.class, s -> s.withId(id));
    }

    static BigDecimalField number(String id) {
        return _get(BigDecimalField.class, s -> s.withId(id));
    }

    static void click(String id) {
        ButtonKt._click(_get(Button.class, s -> s.withId(id)));
    }

    static String textOf(String id) {
        return _get(Span.class, s -> s.withId(id)).getText();
    }

    @SuppressWarnings("unchecked")
    static ComboBox<Object> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }
}
