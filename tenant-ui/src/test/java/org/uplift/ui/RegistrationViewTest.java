package org.uplift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.MessageSource;
import org.uplift.organisation.TestSmes;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.tenancy.TenantContext;
import org.uplift.organisation.DistrictCatalog;
import org.uplift.organisation.IndustryCatalog;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.RegistrationConfirmationRequested;
import org.uplift.organisation.TestCreditCodes;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

/** Self-registration of an SME in the browserless UI, with the real services behind it. */
@UpliftTest
class RegistrationViewTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;
    @Autowired
    Organisations organisations;
    @Autowired
    Accounts accounts;
    @Autowired
    Notifications notifications;

    final String email = TestSmes.freshEmail();
    final String name = "杭州注册测试有限公司 " + UUID.randomUUID().toString().substring(0, 8);
    Locale language;

    /** The registration links as the mailer receives them (the mail itself needs SMTP). */
    final Queue<RegistrationConfirmationRequested> mailed = new ConcurrentLinkedQueue<>();
    final ApplicationListener<ApplicationEvent> mailbox = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload
                && payload.getPayload() instanceof RegistrationConfirmationRequested request) {
            mailed.add(request);
        }
    };

    @BeforeEach
    void listenToTheMailer() {
        ((ConfigurableApplicationContext) context).addApplicationListener(mailbox);
    }

    @AfterEach
    void close() {
        ((ConfigurableApplicationContext) context).removeApplicationListener(mailbox);
        BrowserlessUi.close();
    }

    String linkMailedTo(String address) {
        return mailed.stream().filter(m -> m.email().equals(address)).map(RegistrationConfirmationRequested::path)
                .reduce((first, last) -> last).orElseThrow();
    }

    static void confirm(String path) {
        UI.getCurrent().navigate(path.substring(1));
        ButtonKt._click(_get(Button.class, s -> s.withId("confirm-registration")));
    }

    void openRegistration(Locale language) {
        this.language = language;
        BrowserlessUi.open(context, language);
        UI.getCurrent().navigate("register");
    }

    /** Fills the form as a user would; a null district or industry is left unselected. */
    void fill(String creditCode, String district, String industry, String password) {
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("organisation-name")), name);
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("credit-code")), creditCode);
        if (district != null) {
            ComboBoxKt.selectByLabel(combo("district"), DistrictCatalog.displayName(district, language));
        }
        if (industry != null) {
            ComboBoxKt.selectByLabel(combo("industry"), industry + " " + IndustryCatalog.displayName(industry, language));
        }
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("owner-name")), "陈经理");
        HasValueUtilsKt._setValue(_get(EmailField.class, s -> s.withId("email")), email);
        HasValueUtilsKt._setValue(_get(PasswordField.class, s -> s.withId("password")), password);
    }

    @SuppressWarnings("unchecked")
    static ComboBox<Object> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    static void register() {
        ButtonKt._click(_get(Button.class, s -> s.withId("register")));
    }

    String zh(String key) {
        return messages.getMessage(key, null, ZH);
    }

    @Test
    void a_valid_registration_asks_to_check_the_mailbox_and_the_mailed_link_creates_the_organisation_with_its_owner() {
        openRegistration(ZH);
        String creditCode = TestCreditCodes.next();
        long before = organisations.count();
        fill(creditCode, "330110", "C34", TestSmes.PASSWORD);

        register();

        assertThat(_get(Paragraph.class, s -> s.withId("registration-requested")).getText())
                .isEqualTo(zh("register.checkMailbox"));
        assertThat(organisations.count()).isEqualTo(before);
        assertThat(accounts.usernameTaken(email)).isFalse();

        confirm(linkMailedTo(email));

        assertThat(_get(Paragraph.class, s -> s.withId("registration-done")).getText()).isEqualTo(zh("register.done"));
        var owner = accounts.findForSignIn(email).orElseThrow();
        var organisation = organisations.find(owner.tenantId()).orElseThrow();
        assertThat(organisation.getName()).isEqualTo(name);
        assertThat(organisation.getCreditCode()).isEqualTo(creditCode);
        assertThat(organisation.getDistrictCode()).isEqualTo("330110");
        assertThat(organisation.getIndustryCode()).isEqualTo("C34");
        assertThat(owner.roles()).extracting(Enum::name).containsExactly("ENTERPRISE_OWNER");
    }

    @Test
    void a_registration_link_works_once() {
        openRegistration(ZH);
        fill(TestCreditCodes.next(), "330110", "C34", TestSmes.PASSWORD);
        register();
        String link = linkMailedTo(email);
        confirm(link);
        long after = organisations.count();

        confirm(link);

        assertThat(_get(Paragraph.class, s -> s.withId("registration-problem")).getText())
                .isEqualTo(zh("validation.registration.link"));
        assertThat(organisations.count()).isEqualTo(after);
    }

    @Test
    void an_email_that_already_has_an_account_gets_the_same_answer_creates_nothing_and_its_owner_is_told() {
        var existing = new TestSmes(context).register();
        openRegistration(ZH);
        long before = organisations.count();
        fill(TestCreditCodes.next(), "330110", "C34", TestSmes.PASSWORD);
        HasValueUtilsKt._setValue(_get(EmailField.class, s -> s.withId("email")),
                existing.ownerEmail().toUpperCase(Locale.ROOT));

        register();

        assertThat(_get(Paragraph.class, s -> s.withId("registration-requested")).getText())
                .isEqualTo(zh("register.checkMailbox"));
        assertThat(mailed).noneMatch(m -> m.email().equalsIgnoreCase(existing.ownerEmail()));
        assertThat(organisations.count()).isEqualTo(before);
        assertThat(accounts.findForSignIn(existing.ownerEmail()).orElseThrow().tenantId()).isEqualTo(existing.tenantId());
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                TenantContext.callAs(existing.tenantId(), () -> notifications.recent(existing.owner().userId(), 10)))
                .extracting(Notification::getMessageKey).contains("notification.registrationForKnownEmail"));
    }

    @Test
    void a_bad_credit_code_a_weak_password_and_a_missing_district_are_explained_at_their_fields() {
        openRegistration(ZH);
        long before = organisations.count();
        fill("91330110571234564X", null, "C34", "onlyletterspassword");

        register();

        HasValidationUtilsKt._expectInvalid(_get(TextField.class, s -> s.withId("credit-code")),
                zh("validation.creditCode.invalid"));
        HasValidationUtilsKt._expectInvalid(_get(PasswordField.class, s -> s.withId("password")),
                zh("validation.password.lettersAndDigits"));
        HasValidationUtilsKt._expectInvalid(combo("district"), zh("validation.district.unknown"));
        HasValidationUtilsKt._expectValid(_get(TextField.class, s -> s.withId("organisation-name")));
        _assertNone(Paragraph.class, s -> s.withId("registration-done"));
        assertThat(organisations.count()).isEqualTo(before);
        assertThat(accounts.usernameTaken(email)).isFalse();
    }

    @Test
    void a_credit_code_already_registered_is_refused_with_the_translated_reason() {
        var smes = new TestSmes(context);
        String taken = organisations.find(smes.register().tenantId()).orElseThrow().getCreditCode();
        openRegistration(ZH);
        long before = organisations.count();
        fill(taken, "330110", "C34", TestSmes.PASSWORD);

        register();

        HasValidationUtilsKt._expectInvalid(_get(TextField.class, s -> s.withId("credit-code")),
                zh("validation.creditCode.taken"));
        _assertNone(Paragraph.class, s -> s.withId("registration-done"));
        assertThat(organisations.count()).isEqualTo(before);
        assertThat(accounts.usernameTaken(email)).isFalse();
    }

    @Test
    void an_english_browser_gets_the_form_and_its_reasons_in_english() {
        openRegistration(Locale.ENGLISH);
        assertThat(_get(Button.class, s -> s.withId("register")).getText())
                .isEqualTo(messages.getMessage("register.submit", null, Locale.ENGLISH));
        fill(TestCreditCodes.next(), "330110", null, "onlyletterspassword");
        HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("credit-code")), "123");

        register();

        HasValidationUtilsKt._expectInvalid(_get(PasswordField.class, s -> s.withId("password")),
                messages.getMessage("validation.password.lettersAndDigits", null, Locale.ENGLISH));
        HasValidationUtilsKt._expectInvalid(_get(TextField.class, s -> s.withId("credit-code")),
                messages.getMessage("validation.creditCode.invalid", null, Locale.ENGLISH));
    }
}
