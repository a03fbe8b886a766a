package org.uplift.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

@SpringBootTest
class RegistrationTest {

    @Autowired
    Organisations organisations;
    @Autowired
    Accounts accounts;

    static Registration sme(String creditCode, String email, String password) {
        return new Registration(TenantKind.ENTERPRISE, "杭州精工机械有限公司", creditCode, "330110", "C34", "陈经理",
                email, password);
    }

    static String email() {
        return "owner-" + UUID.randomUUID() + "@example.cn";
    }

    @Test
    void a_registered_sme_has_its_first_user_as_owner() {
        String email = email();
        Organisation organisation = organisations.register(sme(TestCreditCodes.next(), email, "Strong-pass-2024"));

        var owner = accounts.findForSignIn(email).orElseThrow();
        assertThat(owner.tenantId()).isEqualTo(organisation.getId());
        assertThat(owner.roles()).containsExactly(Role.ENTERPRISE_OWNER);
        assertThat(owner.passwordHash()).startsWith("{bcrypt}");
        assertThat(organisation.getKind()).isEqualTo(TenantKind.ENTERPRISE);
    }

    @Test
    void a_credit_code_registers_only_once() {
        String code = TestCreditCodes.next();
        organisations.register(sme(code, email(), "Strong-pass-2024"));
        String secondEmail = email();

        assertThatThrownBy(() -> organisations.register(sme(code, secondEmail, "Strong-pass-2024")))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("validation.creditCode.taken"));
        assertThat(accounts.usernameTaken(secondEmail)).isFalse();
    }

    @Test
    void bad_input_is_refused_with_every_reason_and_nothing_is_created() {
        long before = organisations.count();
        String email = email();

        assertThatThrownBy(() -> organisations.register(new Registration(TenantKind.ENTERPRISE, " ",
                "91330110MA2XXXXXX0", "999999", "C99", "", email, "short")))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .contains("organisationName", "creditCode", "district", "industry", "displayName", "password"));
        assertThat(organisations.count()).isEqualTo(before);
        assertThat(accounts.usernameTaken(email)).isFalse();
    }

    @Test
    void an_email_already_in_use_is_refused_without_creating_the_organisation() {
        String email = email();
        organisations.register(sme(TestCreditCodes.next(), email, "Strong-pass-2024"));
        long before = organisations.count();

        assertThatThrownBy(() -> organisations.register(sme(TestCreditCodes.next(), email, "Strong-pass-2024")))
                .isInstanceOf(InputRejectedException.class);
        assertThat(organisations.count()).isEqualTo(before);
    }

    @Test
    void weak_passwords_are_explained() {
        assertThatThrownBy(() -> organisations.register(sme(TestCreditCodes.next(), email(), "onlyletters")))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::messageKey).containsExactly("validation.password.lettersAndDigits"));
    }
}
