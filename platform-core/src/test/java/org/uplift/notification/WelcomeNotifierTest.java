package org.uplift.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.identity.Accounts;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Registration;
import org.uplift.organisation.TestCreditCodes;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/** Background work carries its tenant explicitly: the async welcome lands in the new SME's tenant only. */
@SpringBootTest
class WelcomeNotifierTest {

    @Autowired
    Organisations organisations;
    @Autowired
    Accounts accounts;
    @Autowired
    Notifications notifications;

    @Test
    void the_async_welcome_reaches_the_new_owner_in_its_own_tenant() {
        String email = "owner-" + UUID.randomUUID() + "@example.cn";
        Organisation sme = organisations.register(new Registration(TenantKind.ENTERPRISE, "杭州欢迎测试有限公司",
                TestCreditCodes.next(), "330109", "C38", "孙总", email, "Strong-pass-2024"));
        String owner = accounts.findForSignIn(email).orElseThrow().userId();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                TenantContext.callAs(sme.getId(), () -> notifications.recent(owner, 10)))
                .extracting(Notification::getMessageKey).containsExactly("notification.welcome"));
        assertThat(TenantContext.callAs("another-" + UUID.randomUUID(), () -> notifications.recent(owner, 10))).isEmpty();
    }
}
