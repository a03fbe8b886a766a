package org.uplift.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.uplift.identity.TestActors;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;

@SpringBootTest
class CompanyProfilesTest {

    @Autowired
    CompanyProfiles profiles;
    @Autowired
    ApplicationContext context;

    static CompanyProfileForm form(String products) {
        return new CompanyProfileForm("C34", "330110", 80, new BigDecimal("5200"), products);
    }

    @Test
    void the_owner_keeps_the_profile_and_a_member_cannot_change_it() {
        Sme sme = new TestSmes(context).register();

        TenantContext.runAs(sme.tenantId(), () -> TestActors.asOwner("owner", () -> profiles.save(form("液压阀"))));

        assertThatThrownBy(() -> TenantContext.runAs(sme.tenantId(),
                () -> TestActors.asMember("member", () -> profiles.save(form("成员改的")))))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.messageKey())
                        .containsExactly("profile " + CompanyProfiles.OWNER_SAVES));
        assertThat(TenantContext.callAs(sme.tenantId(), profiles::current)).get()
                .extracting(CompanyProfile::getMainProducts).isEqualTo("液压阀");
    }
}
