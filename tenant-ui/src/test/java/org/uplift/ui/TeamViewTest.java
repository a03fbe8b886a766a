package org.uplift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.uplift.organisation.TestSmes;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.identity.Team;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.team.TeamView;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

/** The owner's team page in the browserless UI: invitation links, refused input, owners only. */
@UpliftTest
class TeamViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;
    @Autowired
    Team team;
    @Autowired
    Accounts accounts;

    TestSmes.Sme sme;

    @BeforeEach
    void anSme() {
        sme = new TestSmes(context).register();
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    void openTeamAs(SignInAccount account) {
        BrowserlessUi.signIn(account, TenantKind.ENTERPRISE);
        BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("team");
    }

    @SuppressWarnings("unchecked")
    static void invite(String email, Role role) {
        HasValueUtilsKt._setValue(_get(EmailField.class, s -> s.withId("invite-email")), email);
        HasValueUtilsKt._setValue((CheckboxGroup<Role>) _get(CheckboxGroup.class, s -> s.withId("invite-roles")),
                Set.of(role));
        ButtonKt._click(_get(Button.class, s -> s.withId("invite")));
    }

    @Test
    void an_owner_gets_a_link_that_leads_to_the_invitation() {
        TenantContext.runAs(sme.tenantId(), () -> {
            openTeamAs(sme.owner());
            invite(TestSmes.freshEmail(), Role.ENTERPRISE_MEMBER);

            var link = _get(TextField.class, s -> s.withId("invite-link"));
            assertThat(link.isVisible()).isTrue();
            assertThat(link.getValue()).matches("https?://.+/invite/[A-Za-z0-9_-]{20,}");
            String token = link.getValue().substring(link.getValue().lastIndexOf('/') + 1);
            assertThat(team.pendingInvitation(token).getTenantId()).isEqualTo(sme.tenantId());
            assertThat(team.openInvitations()).singleElement()
                    .satisfies(i -> assertThat(i.getRoles()).containsExactly(Role.ENTERPRISE_MEMBER));
        });
    }

    @Test
    void an_invalid_email_is_refused_at_its_field_and_no_invitation_is_made() {
        TenantContext.runAs(sme.tenantId(), () -> {
            openTeamAs(sme.owner());
            invite("kein-email", Role.ENTERPRISE_MEMBER);

            HasValidationUtilsKt._expectInvalid(_get(EmailField.class, s -> s.withId("invite-email")),
                    messages.getMessage("validation.email.invalid", null, Locale.SIMPLIFIED_CHINESE));
            _assertNone(TextField.class, s -> s.withId("invite-link"));
            assertThat(team.openInvitations()).isEmpty();
        });
    }

    @Test
    void a_member_cannot_open_the_team_page() {
        String email = TestSmes.freshEmail();
        TenantContext.runAs(sme.tenantId(),
                () -> accounts.create(email, "李晓华", TestSmes.PASSWORD, Set.of(Role.ENTERPRISE_MEMBER)));
        var member = accounts.findForSignIn(email).orElseThrow();

        TenantContext.runAs(sme.tenantId(), () -> {
            assertThatThrownBy(() -> openTeamAs(member)).isInstanceOf(MockAccessDeniedException.class);
            assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(TeamView.class);
        });
    }
}
