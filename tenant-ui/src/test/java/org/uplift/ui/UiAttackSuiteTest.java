package org.uplift.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.evidence.EvidenceFiles;
import org.uplift.assessment.sharing.AssessmentShares;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.marketplace.TestPackages;
import org.uplift.marketplace.solution.SolutionPackages;
import org.uplift.organisation.CompanyProfileForm;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.TestProviders;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.error.NotFoundView;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;

/**
 * The attack suite of the UI. A victim SME with a profile, an assessment with evidence, shared with a
 * partner provider; as attackers another SME, a provider, an authority and the platform, each with every
 * role of its kind. Every Vaadin route is discovered from the views (a new view joins by existing) and
 * opened by every attacker with every one of the victim's ids in each route parameter. The rules: no
 * exception escapes; nothing of the victim's shows anywhere on the page (texts, attributes, grid rows);
 * a route naming the victim's id does not open its view on the victim's data; and the victim's data is
 * unchanged afterwards.
 */
@UpliftTest
@TestInstance(Lifecycle.PER_CLASS)
class UiAttackSuiteTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    Organisations organisations;
    @Autowired
    Assessments assessments;
    @Autowired
    EvidenceFiles evidence;
    @Autowired
    AssessmentShares shares;
    @Autowired
    CompanyProfiles profiles;
    @Autowired
    SolutionPackages packages;

    /** An attacker: who signs in, the tenant kind, and whether tenant names are theirs to see (the platform's). */
    record Attacker(String label, SignInAccount account, TenantKind kind, boolean seesTenantNames) {
    }

    TestSmes.Sme victim;
    SignInAccount victimSolutionProvider;
    Map<String, String> victimIds;
    List<String> secrets;
    List<Attacker> attackers;

    @BeforeAll
    void aVictimWithDataEverywhereAndAttackersOfEveryKindAndRole() {
        var smes = new TestSmes(context);
        victim = smes.register();
        String marker = "受害者专有-" + UUID.randomUUID().toString().substring(0, 8);
        String owner = victim.owner().userId();
        victimIds = new LinkedHashMap<>();
        TenantContext.runAs(victim.tenantId(), () -> {
            victimIds.put("profile", org.uplift.identity.SystemWork.call("attack suite: the victim's profile",
                    () -> profiles.save(new CompanyProfileForm("C34", "330110", 80, new BigDecimal("5200"),
                            marker + "液压阀"))).getId());
            // a published assessment first: the T0 of the victim's subsidy application below
            String t0 = SignedIn.as(victim.owner(), () -> assessments.submit(assessments.start().getId())).getId();
            assessments.recordLevel(t0, 1);
            String assessment = SignedIn.as(victim.owner(), () -> assessments.start()).getId();
            victimIds.put("assessment", assessment);
            String firstQuestion = assessments.framework(assessments.find(assessment).orElseThrow()).questions().findFirst().orElseThrow()
                    .key();
            victimIds.put("evidence", SignedIn.as(victim.owner(), () -> evidence.attach(assessment, firstQuestion,
                    marker + ".pdf", PDF.length, new ByteArrayInputStream(PDF))).id());
        });
        var partner = new TestProviders(context).register();
        TenantContext.runAs(victim.tenantId(),
                () -> SignedIn.as(victim.owner(), () -> shares.share(victimIds.get("assessment"), partner.tenantId(),
                        true)));
        // subsidy: a draft programme of another authority, which no attacker may open
        String victimAuthority = organisations.createAdministrativeTenant(TenantKind.AUTHORITY, "受害主管部门",
                "330110", "王主任", TestSmes.freshEmail(), TestSmes.PASSWORD).getId();
        String draft = "victim-" + UUID.randomUUID().toString().substring(0, 8);
        TenantContext.runAs(victimAuthority, () -> org.uplift.identity.SystemWork.run("attack suite: a draft programme",
                () -> context.getBean(org.uplift.subsidy.programme.Programmes.class).create(draft,
                        org.uplift.subsidy.TestProgrammes.named(marker + "草稿专项", 1_000_000))));
        victimIds.put("programmeDraft", draft);
        // admission: the partner's pool application (marked) to an authority no attacker belongs to
        String poolAuthority = organisations.createAdministrativeTenant(TenantKind.AUTHORITY, "界面攻击受理单位", "330110",
                "受理人", TestSmes.freshEmail(), TestSmes.PASSWORD).getId();
        var form = org.uplift.marketplace.admission.AdmissionFixture.form();
        victimIds.put("poolApplication", SignedIn.as(partner.admin(), () -> context
                .getBean(org.uplift.marketplace.admission.PoolApplications.class).submit(poolAuthority,
                        new org.uplift.marketplace.admission.ApplicationForm(marker + "经营范围", form.certificates(),
                                form.references(), form.staffCount(), form.dimensions(), form.scenarios()))).getId());
        var solutionProvider = new TestProviders(context).register();
        victimIds.put("solution", SignedIn.as(solutionProvider.admin(), () -> packages.create(TestPackages.content(
                marker + "质量追溯", 100_000, TestPackages.scenario("SC07", 2)))).getId());
        victimSolutionProvider = solutionProvider.admin();
        // quotes: a request answered by an admitted provider and accepted, so the engagement exists too
        var quoting = new org.uplift.marketplace.MarketplaceFixture(context).admittedProvider();
        var quoteRequests = context.getBean(org.uplift.marketplace.quote.QuoteRequests.class);
        var request = SignedIn.as(victim.owner(), () -> quoteRequests.request(null, marker + "注塑车间 MES",
                List.of(quoting.tenantId())));
        String quoteId = request.getOffers().get(0).getQuoteId();
        SignedIn.as(quoting.consultant(), () -> context.getBean(org.uplift.marketplace.quote.ProviderQuotes.class)
                .answer(quoteId, org.uplift.marketplace.quote.TestQuotes.answer()));
        SignedIn.as(victim.owner(), () -> quoteRequests.accept(request.getId(), quoteId));
        // engagements: the first milestone delivered with a note and an evidence file, waiting for confirmation
        SignedIn.as(quoting.consultant(), () -> context.getBean(
                org.uplift.marketplace.engagement.EngagementMilestones.class).deliver(quoteId, 0, marker + "调研报告",
                List.of(new org.uplift.marketplace.engagement.EvidenceUpload(marker + "调研.pdf", PDF.length,
                        new java.io.ByteArrayInputStream(PDF)))));
        victimIds.put("quoteRequest", request.getId());
        victimIds.put("quote", quoteId);
        // applications: the victim's application (cost line marked) to an open programme of its authority
        String open = "victim-" + UUID.randomUUID().toString().substring(0, 8);
        TenantContext.runAs(victimAuthority, () -> org.uplift.identity.SystemWork.run("attack suite: an open programme",
                () -> {
                    var programmes = context.getBean(org.uplift.subsidy.programme.Programmes.class);
                    programmes.open(programmes.create(open,
                            org.uplift.subsidy.TestProgrammes.named("界面攻击开放专项", 1_000_000_000)).getId());
                }));
        var subsidy = context.getBean(org.uplift.subsidy.application.SubsidyApplications.class);
        victimIds.put("application", SignedIn.as(victim.owner(), () -> subsidy.apply(
                new org.uplift.subsidy.application.ApplicationForm(quoteId, open, List.of(
                        new org.uplift.marketplace.solution.CostLine(org.uplift.marketplace.solution.CostCategory.SOFTWARE,
                                5_000_000, marker + "MES 软件")),
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), null))).getApplicationId());
        secrets = List.of(marker);

        attackers = new ArrayList<>();
        var other = smes.register();
        attackers.add(new Attacker("other SME owner", other.owner(), TenantKind.ENTERPRISE, false));
        attackers.add(new Attacker("other SME member", member(other.tenantId(), Role.ENTERPRISE_MEMBER),
                TenantKind.ENTERPRISE, false));
        var provider = new TestProviders(context).register();
        attackers.add(new Attacker("provider admin", provider.admin(), TenantKind.PROVIDER, false));
        attackers.add(new Attacker("provider consultant", provider.consultant(), TenantKind.PROVIDER, false));
        String authority = organisations.createAdministrativeTenant(TenantKind.AUTHORITY, "界面攻击测试主管部门", "330110",
                "张主任", TestSmes.freshEmail(), TestSmes.PASSWORD).getId();
        for (Role role : List.of(Role.PROGRAMME_MANAGER, Role.DISTRICT_OFFICER, Role.REVIEWER, Role.SENIOR_REVIEWER)) {
            attackers.add(new Attacker("authority " + role, member(authority, role), TenantKind.AUTHORITY, false));
        }
        String platform = organisations.createAdministrativeTenant(TenantKind.PLATFORM, "界面攻击测试平台", null, "平台运维",
                TestSmes.freshEmail(), TestSmes.PASSWORD).getId();
        attackers.add(new Attacker("platform admin", member(platform, Role.PLATFORM_ADMIN), TenantKind.PLATFORM, true));
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    @Test
    void the_suite_sees_every_view_with_a_parameter() {
        assertThat(routeTemplates()).contains("assessments/:assessmentId", "assessments/:assessmentId/result",
                "shared-assessments/:assessmentId", "profile/:profileId?", "home", "admin/tenants",
                "admission/apply", "admission/reviews", "admission/reviews/:applicationId", "admission/notices",
                "admission/pool", "solutions/edit/:packageId?", "clients");
    }

    @Test
    void another_tenant_or_role_never_sees_the_victims_data_on_any_route() {
        String before = victimState();
        List<String> findings = new ArrayList<>();
        int attempts = 0;
        for (Attacker attacker : attackers) {
            BrowserlessUi.signIn(attacker.account(), attacker.kind());
            try {
                TenantContext.runAs(attacker.account().tenantId(), () -> BrowserlessUi.open(context, Locale.SIMPLIFIED_CHINESE));
                for (String template : routeTemplates()) {
                    for (String path : paths(template)) {
                        attempts++;
                        TenantContext.runAs(attacker.account().tenantId(),
                                () -> open(attacker, template, path, findings));
                    }
                }
            } finally {
                BrowserlessUi.close();
            }
        }
        assertThat(findings).as("findings after %d attempts", attempts).isEmpty();
        assertThat(victimState()).isEqualTo(before);
    }

    private void open(Attacker attacker, String template, String path, List<String> findings) {
        try {
            UI.getCurrent().navigate(path);
        } catch (MockAccessDeniedException refused) {
            return; // the view's access check refused the role: a browser is sent to sign-in or not-found
        } catch (RuntimeException escaped) { // what escapes navigation would be a server error page in a browser
            findings.add(attacker.label() + " on " + path + ": " + escaped);
            return;
        }
        String page = pageText();
        for (String secret : secrets(attacker)) {
            if (page.contains(secret)) {
                findings.add(attacker.label() + " on " + path + ": showed " + secret);
            }
        }
        // A link token (invitation, registration) is no id of the victim's; what it opens is checked above.
        boolean namesVictim = victimIds.values().stream().anyMatch(path::contains) && !template.contains(":token");
        boolean refused = !_find(NotFoundView.class).isEmpty()
                || !_find(Div.class, s -> s.withId("not-found")).isEmpty()
                || !NavigatorKt.getCurrentPath().equals(path);
        if (namesVictim && !refused) {
            findings.add(attacker.label() + " on " + path + ": opened " + template + " on the victim's id");
        }
    }

    private List<String> secrets(Attacker attacker) {
        return attacker.seesTenantNames() ? secrets
                : Stream.concat(secrets.stream(), Stream.of(victim.name())).toList();
    }

    /** Every route of the application's views and aliases, as written in {@code @Route}. */
    private static List<String> routeTemplates() {
        var templates = new ArrayList<String>();
        for (Class<? extends Component> view : new Routes().autoDiscoverViews("org.uplift.ui").getRoutes()) {
            Route route = view.getAnnotation(Route.class);
            if (route != null) {
                templates.add(route.value());
            }
            Stream.of(view.getAnnotationsByType(RouteAlias.class)).map(RouteAlias::value).forEach(templates::add);
        }
        return templates.stream().distinct().sorted().toList();
    }

    /** The route with each parameter filled by each of the victim's ids (and once as written, when optional). */
    private List<String> paths(String template) {
        List<String> paths = new ArrayList<>();
        paths.add("");
        for (String segment : template.split("/")) {
            List<String> next = new ArrayList<>();
            for (String prefix : paths) {
                String joined = prefix.isEmpty() ? "" : prefix + "/";
                if (segment.startsWith(":")) {
                    victimIds.values().forEach(id -> next.add(joined + id));
                    if (segment.endsWith("?")) {
                        next.add(prefix);
                    }
                } else {
                    next.add(joined + segment);
                }
            }
            paths = next;
        }
        return paths.stream().distinct().toList();
    }

    /** Everything a browser would show: texts and attribute values of the whole tree, and every grid row. */
    private static String pageText() {
        StringBuilder text = new StringBuilder();
        collect(UI.getCurrent().getElement(), text);
        for (Grid<?> grid : _find(Grid.class).stream().map(g -> (Grid<?>) g).toList()) {
            int rows = GridKt._size(grid);
            for (int i = 0; i < Math.min(rows, 200); i++) {
                text.append(GridKt._getFormattedRow(grid, i)).append('\n');
            }
        }
        return text.toString();
    }

    private static void collect(Element element, StringBuilder text) {
        text.append(element.getText()).append('\n');
        element.getAttributeNames().forEach(name -> text.append(element.getAttribute(name)).append('\n'));
        element.getPropertyNames().forEach(name -> text.append(element.getProperty(name, "")).append('\n'));
        element.getChildren().forEach(child -> collect(child, text));
    }

    private SignInAccount member(String tenantId, Role role) {
        String email = TestSmes.freshEmail();
        TenantContext.runAs(tenantId, () -> accounts.create(email, "攻击者 " + role, TestSmes.PASSWORD, Set.of(role)));
        return accounts.findForSignIn(email).orElseThrow();
    }

    /** What the victim's owner can read of its own data. */
    private String victimState() {
        return TenantContext.callAs(victim.tenantId(), () -> {
            String assessment = victimIds.get("assessment");
            return profiles.current().map(p -> p.getId() + " " + p.getMainProducts() + " " + p.getUpdatedAt()).orElse("") + "\n"
                    + assessments.find(assessment).map(a -> a.getStatus() + " " + a.getAnswers() + " "
                            + a.getSectionAssignees()).orElse("") + "\n"
                    + evidence.list(assessment).stream().map(f -> f.id() + " " + f.filename()).toList() + "\n"
                    + shares.sharesOf(assessment).stream().map(s -> s.getProviderTenantId()).toList();
        }) + "\n" + SignedIn.as(victimSolutionProvider, () -> packages.mine().toString());
    }
}
