package org.uplift.ui;

import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.organisation.Organisations;
import org.uplift.security.CurrentUser;
import org.uplift.security.IdentityProperties;
import org.uplift.security.UiLanguage;
import org.uplift.security.UpliftPrincipal;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.admin.TenantsView;
import org.uplift.ui.apiclients.ApiClientsView;
import org.uplift.ui.assessment.AssessmentsView;
import org.uplift.ui.authority.VouchView;
import org.uplift.ui.catalogue.CatalogueView;
import org.uplift.ui.catalogue.RecommendationsView;
import org.uplift.ui.assessment.diagnosis.SharedAssessmentsView;
import org.uplift.ui.home.HomeView;
import org.uplift.ui.notifications.NotificationBell;
import org.uplift.ui.notifications.NotificationsView;
import org.uplift.ui.packages.SolutionsView;
import org.uplift.ui.profile.CompanyProfileView;
import org.uplift.ui.subsidy.ProgrammesView;
import org.uplift.ui.team.TeamView;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The shell around every signed-in page: navigation for the user's kind of tenant and roles. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;
    private final transient Accounts accounts;

    public MainLayout(CurrentUser currentUser, Organisations organisations, Accounts accounts,
            AuthenticationContext authentication, NotificationBell bell, IdentityProperties identity) {
        this.authentication = authentication;
        this.accounts = accounts;
        UpliftPrincipal user = currentUser.require();
        setPrimarySection(Section.DRAWER);
        var title = new H1(getTranslation("app.name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        var organisation = new Span(organisations.current().getName());
        organisation.getElement().getThemeList().add("badge contrast");
        organisation.setId("current-organisation");
        var header = new HorizontalLayout(new DrawerToggle(), title, organisation);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        var tools = new HorizontalLayout(languageSwitch(user), bell, userMenu(user));
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        tools.getStyle().set("margin-inline-end", "var(--lumo-space-m)");
        addToNavbar(header, tools);
        addToDrawer(navigation(user, identity.embedded()));
    }

    private SideNav navigation(UpliftPrincipal user, boolean embeddedIssuer) {
        var nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        if (user.tenantKind() == TenantKind.ENTERPRISE) {
            nav.addItem(new SideNavItem(getTranslation("nav.profile"), CompanyProfileView.class,
                    VaadinIcon.FACTORY.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.assessments"), AssessmentsView.class,
                    VaadinIcon.CHART.create()));
        }
        // catalogue
        if (user.tenantKind() == TenantKind.ENTERPRISE) {
            nav.addItem(new SideNavItem(getTranslation("nav.catalogue"), CatalogueView.class, VaadinIcon.SHOP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.recommendations"), RecommendationsView.class,
                    VaadinIcon.LIGHTBULB.create()));
        }
        if (user.tenantKind() == TenantKind.PROVIDER) {
            nav.addItem(new SideNavItem(getTranslation("nav.sharedAssessments"), SharedAssessmentsView.class,
                    VaadinIcon.CLIPBOARD_CHECK.create()));
        }
        // packages
        if (user.tenantKind() == TenantKind.PROVIDER) {
            nav.addItem(new SideNavItem(getTranslation("packages.nav"), SolutionsView.class,
                    VaadinIcon.PACKAGE.create()));
        }
        if (user.has(Role.PROGRAMME_MANAGER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.vouches"), VouchView.class,
                    VaadinIcon.CHECK_CIRCLE.create()));
        }
        // subsidy
        nav.addItem(new SideNavItem(getTranslation("subsidy.nav.programmes"), ProgrammesView.class,
                VaadinIcon.MONEY.create()));
        // subsidy applications
        if (user.tenantKind() == TenantKind.ENTERPRISE || user.tenantKind() == TenantKind.AUTHORITY) {
            nav.addItem(new SideNavItem(getTranslation("applications.nav"),
                    org.uplift.ui.applications.ApplicationsView.class, VaadinIcon.FILE_TEXT.create()));
        }
        if (user.has(Role.DISTRICT_OFFICER) || user.has(Role.REVIEWER) || user.has(Role.SENIOR_REVIEWER)
                || user.has(Role.PROGRAMME_MANAGER) || user.has(Role.EVALUATOR)) {
            nav.addItem(new SideNavItem(getTranslation("applications.nav.reviews"),
                    org.uplift.ui.applications.ReviewInboxView.class, VaadinIcon.CLIPBOARD_CHECK.create()));
        }
        if (user.has(Role.FINANCE_OFFICER)) {
            nav.addItem(new SideNavItem(getTranslation("claims.nav.approvals"),
                    org.uplift.ui.claims.FinanceInboxView.class, VaadinIcon.WALLET.create()));
        }
        // admission
        if (user.has(Role.PROVIDER_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("admission.nav.apply"),
                    org.uplift.ui.admission.ApplicationView.class, VaadinIcon.FILE_TEXT_O.create()));
        }
        if (user.has(Role.REVIEWER) || user.has(Role.SENIOR_REVIEWER) || user.has(Role.PROGRAMME_MANAGER)) {
            nav.addItem(new SideNavItem(getTranslation("admission.nav.reviews"),
                    org.uplift.ui.admission.ReviewListView.class, VaadinIcon.CLIPBOARD_USER.create()));
        }
        if (user.has(Role.PROGRAMME_MANAGER)) {
            nav.addItem(new SideNavItem(getTranslation("admission.nav.pool"), org.uplift.ui.admission.PoolView.class,
                    VaadinIcon.GROUP.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("admission.nav.notices"), org.uplift.ui.admission.NoticesView.class,
                VaadinIcon.MEGAPHONE.create()));
        // quotes
        if (user.tenantKind() == TenantKind.ENTERPRISE) {
            nav.addItem(new SideNavItem(getTranslation("nav.quotes"), org.uplift.ui.quotes.QuoteRequestsView.class,
                    VaadinIcon.FILE_TEXT_O.create()));
        }
        if (user.tenantKind() == TenantKind.PROVIDER) {
            nav.addItem(new SideNavItem(getTranslation("nav.incomingQuotes"), org.uplift.ui.quotes.IncomingQuotesView.class,
                    VaadinIcon.INBOX.create()));
        }
        if (user.tenantKind() == TenantKind.PROVIDER
                && (user.has(Role.PROVIDER_ADMIN) || user.has(Role.PROVIDER_CONSULTANT))) {
            nav.addItem(new SideNavItem(getTranslation("nav.clients"), org.uplift.ui.clients.ClientsView.class,
                    VaadinIcon.USER_CARD.create()));
        }
        if (user.tenantKind() == TenantKind.ENTERPRISE || user.tenantKind() == TenantKind.PROVIDER) {
            nav.addItem(new SideNavItem(getTranslation("nav.engagements"),
                    org.uplift.ui.engagements.EngagementsView.class, VaadinIcon.HANDSHAKE.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.notifications"), NotificationsView.class,
                VaadinIcon.BELL.create()));
        if (user.isOwner()) {
            nav.addItem(new SideNavItem(getTranslation("nav.team"), TeamView.class, VaadinIcon.USERS.create()));
            if (embeddedIssuer) { // an external issuer has its own machine clients (Keycloak: service accounts)
                nav.addItem(new SideNavItem(getTranslation("nav.apiClients"), ApiClientsView.class,
                        VaadinIcon.KEY.create()));
            }
        }
        if (user.has(Role.PLATFORM_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.tenants"), TenantsView.class,
                    VaadinIcon.BUILDING.create()));
            var camunda = new SideNavItem(getTranslation("nav.camunda"), "/camunda/app/cockpit/default/",
                    VaadinIcon.COGS.create());
            camunda.setOpenInNewBrowserTab(true);
            camunda.setRouterIgnore(true);
            nav.addItem(camunda);
        }
        return nav;
    }

    private Component languageSwitch(UpliftPrincipal user) {
        var select = new Select<String>();
        select.setItems("zh-CN", "en");
        select.setItemLabelGenerator(tag -> "en".equals(tag) ? "English" : "中文");
        select.setValue(UiLanguage.tag(getLocale()));
        select.setAriaLabel(getTranslation("nav.language"));
        select.setWidth("7em");
        select.setId("language-switch");
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                accounts.changeLocale(user.userId(), change.getValue());
                if (VaadinServletResponse.getCurrent() != null) {
                    UiLanguage.remember(VaadinServletResponse.getCurrent().getHttpServletResponse(),
                            UiLanguage.of(change.getValue()));
                }
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return select;
    }

    private Component userMenu(UpliftPrincipal user) {
        var name = new Span(user.name());
        name.setId("current-user");
        var logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        var menu = new HorizontalLayout(name, logout);
        menu.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return menu;
    }
}
