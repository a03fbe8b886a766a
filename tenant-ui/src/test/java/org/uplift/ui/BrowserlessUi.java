package org.uplift.ui;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.uplift.identity.SignInAccount;
import org.uplift.tenancy.TenantKind;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

import kotlin.jvm.functions.Function0;
import kotlin.jvm.functions.Function1;

/**
 * Karibu's browserless Vaadin on the application's own Spring context: the real views, services and
 * navigation access control, without a browser. The fake request carries the browser's language and,
 * like Spring Security's request wrapper would, the signed-in user and roles from the SecurityContext.
 */
public final class BrowserlessUi {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.uplift.ui");
    private static final Function1<FakeHttpSession, FakeRequest> DEFAULT_REQUESTS = MockVaadin.getMockRequestFactory();

    private BrowserlessUi() {
    }

    /** Opens a UI as a browser asking for {@code language}; the UI navigates to the root route first. */
    public static void open(ApplicationContext context, Locale language) {
        MockVaadin.setMockRequestFactory(session -> {
            var request = new FakeRequest(session);
            request.setLocaleInt(language);
            request.getHeaders().put("Accept-Language", List.of(language.toLanguageTag()));
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null) {
                request.setUserPrincipalInt(authentication);
            }
            request.setUserInRole((principal, role) -> hasAuthority("ROLE_" + role));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /** Signs in as the UI's OIDC login would: an OidcUser with the issuer's claims, roles as authorities. */
    public static void signIn(SignInAccount account, TenantKind kind) {
        var claims = new LinkedHashMap<String, Object>();
        claims.put("sub", account.username());
        claims.put("tenant_id", account.tenantId());
        claims.put("tenant_kind", kind.name());
        claims.put("roles", account.roles().stream().map(Enum::name).toList());
        claims.put("user_id", account.userId());
        claims.put("name", account.displayName());
        var idToken = new OidcIdToken("test-id-token", Instant.now(), Instant.now().plusSeconds(3600), claims);
        List<GrantedAuthority> authorities = account.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        var user = new DefaultOidcUser(authorities, idToken, "sub");
        SecurityContextHolder.getContext().setAuthentication(new OAuth2AuthenticationToken(user, authorities, "uplift"));
    }

    public static void close() {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(DEFAULT_REQUESTS);
        SecurityContextHolder.clearContext();
    }

    private static boolean hasAuthority(String authority) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }
}
