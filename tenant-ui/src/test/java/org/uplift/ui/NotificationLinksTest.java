package org.uplift.ui;

import org.uplift.SignedIn;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Registration;
import org.uplift.tenancy.TenantKind;
import org.uplift.tenancy.TenantContext;
import org.uplift.ui.error.NotFoundView;
import org.uplift.workflows.assessment.AssessmentProcess;
import org.uplift.workflows.onboarding.OnboardingProcess;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;

/**
 * Every link a notification carries opens a real view. The places that write notifications are found in
 * the bytecode (every caller of {@link Notifications#notify}); each must have a way to be run here, so a
 * new writer fails this test until its links are followed too.
 */
class NotificationLinksTest extends AssessmentUiFixture {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    Notifications notifications;
    @Autowired
    Organisations organisations;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    static Set<String> notificationWriters() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.uplift");
        return classes.get(Notifications.class).getMethodCallsToSelf().stream()
                .filter(call -> call.getName().equals("notify"))
                .map(call -> call.getOriginOwner().getName().replaceAll("\\$.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    List<Notification> ownersNotifications() {
        return TenantContext.callAs(sme.tenantId(), () -> notifications.recent(sme.owner().userId(), 100));
    }

    /** Runs {@code trigger} and waits until it has written at least one more notification for the owner. */
    void expectNewNotification(String writer, Runnable trigger) {
        int before = ownersNotifications().size();
        trigger.run();
        await(writer).atMost(PATIENCE).until(() -> ownersNotifications().size() > before);
    }

    void fireTimer(String businessKey, String timerId) {
        String instance = await().atMost(PATIENCE).until(() -> runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).tenantIdIn(sme.tenantId()).list().stream()
                .filter(pi -> management.createJobQuery().processInstanceId(pi.getId()).activityId(timerId).count() > 0)
                .map(pi -> pi.getId()).findFirst().orElse(null), id -> id != null);
        management.executeJob(management.createJobQuery().processInstanceId(instance).activityId(timerId)
                .singleResult().getId());
    }

    @Autowired
    org.uplift.identity.Accounts accounts;

    /** The owner's application to a new authority's programme, taken to registration by its people. */
    String registeredApplication() {
        var f = new org.uplift.subsidy.application.ApplicationFixture(context);
        String authority = f.authority();
        String programme = f.openProgramme(authority, 100_000_000);
        var engagement = f.engagement(sme);
        var applications = context.getBean(org.uplift.subsidy.application.SubsidyApplications.class);
        var work = context.getBean(org.uplift.workflows.subsidy.ApplicationWork.class);
        String id = SignedIn.as(sme.owner(), () -> applications.apply(
                org.uplift.subsidy.application.ApplicationFixture.form(engagement, programme))).getApplicationId();
        for (var role : List.of(org.uplift.identity.Role.DISTRICT_OFFICER, org.uplift.identity.Role.REVIEWER)) {
            String email = "n-" + java.util.UUID.randomUUID() + "@authority.cn";
            TenantContext.runAs(authority, () -> accounts.create(email, "评审", org.uplift.organisation.TestSmes.PASSWORD,
                    Set.of(role)));
            var person = accounts.findForSignIn(email).orElseThrow();
            await(role.name()).atMost(PATIENCE).until(() -> SignedIn.as(person, () -> work.review(id)).isPresent());
            SignedIn.as(person, () -> work.decide(work.review(id).orElseThrow().taskId(),
                    org.uplift.workflows.subsidy.ReviewDecision.APPROVE, "同意", null));
        }
        await("offer").atMost(PATIENCE).until(() -> SignedIn.as(sme.owner(), () -> work.awaitsAcceptance(id)));
        SignedIn.as(sme.owner(), () -> work.acceptOffer(id));
        return id;
    }

    static List<String> best(Question question) {
        if (question.kind() == QuestionKind.MULTIPLE) {
            return question.options().stream().filter(o -> !o.exclusive()).map(Option::letter).toList();
        }
        return List.of(question.options().stream().max(Comparator.comparing(Option::points)).orElseThrow().letter());
    }

    void answerAndSubmit(String id) {
        String owner = sme.owner().userId();
        SignedIn.as(sme.owner(), () -> {
            var framework = assessments.framework(assessments.find(id).orElseThrow());
            framework.questions().forEach(q -> assessments.saveAnswer(id, q.key(), best(q)));
            framework.scenarios().forEach(s -> assessments.saveScenario(id, s.key(), 2));
            assessments.submit(id);
        });
    }

    @Test
    void every_link_a_process_writes_into_a_notification_opens_a_view() {
        // Registration (in the fixture) greets the owner; wait for it so it is not counted for another writer.
        await("welcome").atMost(PATIENCE).until(() -> !ownersNotifications().isEmpty());
        String[] assessment = new String[1];
        Map<String, Runnable> triggers = new LinkedHashMap<>();
        triggers.put("org.uplift.notification.WelcomeNotifier", () -> {
        });
        triggers.put("org.uplift.notification.RegistrationAttemptNotifier",
                () -> organisations.requestRegistration(new Registration(TenantKind.ENTERPRISE, "另一家公司", org.uplift.organisation.TestCreditCodes.next(),
                        "330110", "C34", "某人", sme.ownerEmail(), "another-Passw0rd!"), "zh-CN"));
        triggers.put("org.uplift.workflows.onboarding.RemindOwnerOfProfile",
                () -> fireTimer(sme.tenantId(), OnboardingProcess.PROFILE_IDLE_TIMER));
        triggers.put("org.uplift.workflows.assessment.RemindMembersOfDraft", () -> {
            assessment[0] = draft();
            fireTimer(assessment[0], AssessmentProcess.DRAFT_IDLE_TIMER);
        });
        triggers.put("org.uplift.workflows.assessment.AnnounceAssessmentResult", () -> answerAndSubmit(assessment[0]));
        triggers.put("org.uplift.marketplace.quote.QuoteNotices", () -> {
            var provider = new org.uplift.marketplace.MarketplaceFixture(context).admittedProvider();
            var request = SignedIn.as(sme.owner(), () -> context.getBean(org.uplift.marketplace.quote.QuoteRequests.class)
                    .request(null, "注塑车间需要 MES", List.of(provider.tenantId())));
            SignedIn.as(provider.consultant(), () -> context.getBean(org.uplift.marketplace.quote.ProviderQuotes.class)
                    .decline(request.getOffers().get(0).getQuoteId(), "本季度排期已满"));
        });
        triggers.put("org.uplift.marketplace.engagement.EngagementNotices", () -> {
            var provider = new org.uplift.marketplace.MarketplaceFixture(context).admittedProvider();
            var requests = context.getBean(org.uplift.marketplace.quote.QuoteRequests.class);
            var request = SignedIn.as(sme.owner(), () -> requests.request(null, "能耗在线监测",
                    List.of(provider.tenantId())));
            String quoteId = request.getOffers().get(0).getQuoteId();
            SignedIn.as(provider.consultant(), () -> context.getBean(org.uplift.marketplace.quote.ProviderQuotes.class)
                    .answer(quoteId, org.uplift.marketplace.quote.TestQuotes.answer()));
            SignedIn.as(sme.owner(), () -> requests.accept(request.getId(), quoteId));
            SignedIn.as(provider.consultant(), () -> context.getBean(
                    org.uplift.marketplace.engagement.EngagementMilestones.class).deliver(quoteId, 0, "调研报告已提交",
                    List.of()));
        });
        triggers.put("org.uplift.subsidy.application.ImplementationDeadlines", () -> {
            String application = registeredApplication();
            String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(application).singleResult()
                    .getId();
            management.executeJob(management.createJobQuery().processInstanceId(instance)
                    .activityId(org.uplift.workflows.subsidy.ApplicationProcess.DEADLINE_APPROACHING).singleResult()
                    .getId());
        });
        triggers.put("org.uplift.subsidy.claim.ClaimNotices", () -> {
            // a real application of this SME (its assessment is published by now), registered and then accepted
            var f = new org.uplift.subsidy.application.ApplicationFixture(context);
            var subsidy = context.getBean(org.uplift.subsidy.application.SubsidyApplications.class);
            var work = context.getBean(org.uplift.workflows.subsidy.ApplicationWork.class);
            String authority = f.authority();
            String programme = f.openProgramme(authority, 100_000_000);
            var engagement = f.engagement(sme);
            String id = SignedIn.as(sme.owner(), () -> subsidy.apply(
                    org.uplift.subsidy.application.ApplicationFixture.form(engagement, programme))).getApplicationId();
            for (var role : List.of(org.uplift.identity.Role.DISTRICT_OFFICER, org.uplift.identity.Role.REVIEWER)) {
                String email = org.uplift.organisation.TestSmes.freshEmail();
                TenantContext.runAs(authority, () -> accounts.create(email, "评审", org.uplift.organisation.TestSmes.PASSWORD,
                        Set.of(role)));
                var reviewer = accounts.findForSignIn(email).orElseThrow();
                String task = await().atMost(PATIENCE).until(() -> SignedIn.as(reviewer, () -> work.review(id)),
                        java.util.Optional::isPresent).orElseThrow().taskId();
                SignedIn.as(reviewer, () -> work.decide(task, org.uplift.workflows.subsidy.ReviewDecision.APPROVE,
                        null, null));
            }
            await().atMost(PATIENCE).until(() -> SignedIn.as(sme.owner(), () -> work.awaitsAcceptance(id)));
            SignedIn.as(sme.owner(), () -> work.acceptOffer(id));
            var kase = org.uplift.subsidy.application.ApplicationFixture.asProcess(authority, () -> subsidy.find(id))
                    .orElseThrow();
            context.publishEvent(new org.uplift.subsidy.application.ApplicationAccepted(id, authority,
                    sme.tenantId(), kase.getProviderTenantId(), programme, 2, kase.getAmountFen(),
                    java.time.Instant.now()));
        });
        // admission: its notifications go to a provider and an authority, followed below
        triggers.put("org.uplift.workflows.admission.AdmissionNotices", () -> {
        });
        // the subsidy journey: its notices link to applications/<id>, opened by ReviewInboxViewTest and mailed in
        // ApplicationMailsTest
        triggers.put("org.uplift.subsidy.application.ApplicationNotices", () -> {
        });
        triggers.put("org.uplift.workflows.subsidy.ReviewTaskNotices", () -> {
        });
        triggers.put("org.uplift.workflows.subsidy.ReviewSlaCheck", () -> {
        });

        assertThat(triggers.keySet()).as("every class that writes notifications is run by this test")
                .containsExactlyInAnyOrderElementsOf(notificationWriters());
        triggers.forEach((writer, trigger) -> {
            if (!writer.endsWith("WelcomeNotifier") && !writer.endsWith("AdmissionNotices")
                    && !writer.startsWith("org.uplift.subsidy.") && !writer.startsWith("org.uplift.workflows.subsidy.")) {
                expectNewNotification(writer, trigger);
            }
        });

        List<String> links = ownersNotifications().stream().map(Notification::getLink).filter(l -> l != null)
                .distinct().toList();
        assertThat(ownersNotifications()).extracting(Notification::getMessageKey).contains("notification.welcome",
                "notification.profileReminder", "notification.assessmentIdle", "notification.assessmentPublished");
        assertThat(links).hasSizeGreaterThanOrEqualTo(3);
        as(sme.owner(), () -> links.forEach(link -> {
            UI.getCurrent().navigate(link);

            assertThat(_find(NotFoundView.class)).as("%s opens a view", link).isEmpty();
            assertThat(_find(Div.class, s -> s.withId("not-found"))).as("%s opens a view", link).isEmpty();
            assertThat(NavigatorKt.getCurrentPath()).as(link).startsWith(link.replaceAll("/.*", ""));
        }));
    }

    @Autowired
    org.uplift.marketplace.admission.PoolApplications poolApplications;
    @Autowired
    org.uplift.workflows.admission.AdmissionWork admissionWork;

    @Test
    void every_link_an_admission_notification_carries_opens_a_view() {
        var provider = new org.uplift.organisation.TestProviders(context).register();
        String authority = organisations.createAdministrativeTenant(TenantKind.AUTHORITY, "通知链接测试经信局", "330110",
                "周处长", org.uplift.organisation.TestSmes.freshEmail(), org.uplift.organisation.TestSmes.PASSWORD).getId();
        String email = org.uplift.organisation.TestSmes.freshEmail();
        TenantContext.runAs(authority, () -> accounts.create(email, "吴评审", org.uplift.organisation.TestSmes.PASSWORD,
                Set.of(org.uplift.identity.Role.REVIEWER)));
        var reviewer = accounts.findForSignIn(email).orElseThrow();
        var application = SignedIn.as(provider.admin(), () -> poolApplications.submit(authority,
                org.uplift.marketplace.admission.AdmissionFixture.form()));
        String task = await().atMost(PATIENCE).until(() -> SignedIn.as(reviewer,
                () -> admissionWork.review(application.getId())), java.util.Optional::isPresent).orElseThrow().taskId();
        SignedIn.as(reviewer, () -> admissionWork.decide(task, org.uplift.workflows.admission.ReviewOutcome.REJECT,
                "缺少软件企业证书", null));
        await().atMost(PATIENCE).until(() -> !TenantContext.callAs(authority,
                () -> notifications.recent(reviewer.userId(), 10)).isEmpty());

        for (var account : List.of(provider.admin(), reviewer)) {
            var links = TenantContext.callAs(account.tenantId(), () -> notifications.recent(account.userId(), 20)).stream()
                    .map(Notification::getLink).distinct().toList();
            assertThat(links).isNotEmpty();
            BrowserlessUi.signIn(account, account == reviewer ? TenantKind.AUTHORITY : TenantKind.PROVIDER);
            TenantContext.runAs(account.tenantId(), () -> {
                BrowserlessUi.open(context, ZH);
                links.forEach(link -> {
                    UI.getCurrent().navigate(link);
                    assertThat(_find(NotFoundView.class)).as("%s opens a view", link).isEmpty();
                    assertThat(NavigatorKt.getCurrentPath()).as(link).isEqualTo(link);
                });
            });
            BrowserlessUi.close();
        }
    }
}
