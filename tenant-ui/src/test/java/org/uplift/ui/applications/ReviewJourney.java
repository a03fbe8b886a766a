package org.uplift.ui.applications;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.uplift.SignedIn;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.application.ApplicationFixture;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.tenancy.TenantContext;
import org.uplift.workflows.subsidy.ApplicationWork;
import org.uplift.workflows.subsidy.ReviewDecision;

/**
 * An authority with an open programme and real members, and SMEs applying to it, moved along the real journey
 * (the job executor runs the process's jobs, so each step waits for the status it leads to).
 */
public final class ReviewJourney {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    public final ApplicationFixture f;
    public final String authority;
    public final String programme;
    private final Accounts accounts;
    private final SubsidyApplications applications;
    private final ApplicationWork work;

    public ReviewJourney(ApplicationContext context) {
        this.f = new ApplicationFixture(context);
        this.accounts = context.getBean(Accounts.class);
        this.applications = context.getBean(SubsidyApplications.class);
        this.work = context.getBean(ApplicationWork.class);
        this.authority = f.authority();
        this.programme = f.openProgramme(authority, 100_000_000);
    }

    public SignInAccount member(String tenant, Role... roles) {
        String email = "r-" + UUID.randomUUID() + "@authority.cn";
        TenantContext.runAs(tenant, () -> accounts.create(email, "成员 " + roles[0], TestSmes.PASSWORD, Set.of(roles)));
        return accounts.findForSignIn(email).orElseThrow();
    }

    public SignInAccount member(Role... roles) {
        return member(authority, roles);
    }

    /** A new SME's application, waiting at the district recommendation. */
    public Applied applied() {
        return applied(programme);
    }

    public Applied applied(String programmeId) {
        TestSmes.Sme sme = f.sme();
        String id = SignedIn.as(sme.owner(), () -> applications.apply(ApplicationFixture.form(f.engagement(sme),
                programmeId))).getApplicationId();
        Applied applied = new Applied(sme, id);
        applied.await(ApplicationStatus.DISTRICT_REVIEW);
        return applied;
    }

    public SubsidyApplication decide(SignInAccount reviewer, String applicationId, ReviewDecision decision,
            String text) {
        String taskId = await().atMost(PATIENCE).until(() -> SignedIn.as(reviewer, () -> work.review(applicationId)),
                java.util.Optional::isPresent).orElseThrow().taskId();
        return SignedIn.as(reviewer, () -> work.decide(taskId, decision, text, null));
    }

    /** Recommended by a district officer and approved by an expert: reserved and offered. */
    public Applied offered(SignInAccount district, SignInAccount expert) {
        Applied a = applied();
        decide(district, a.id(), ReviewDecision.APPROVE, null);
        a.await(ApplicationStatus.EXPERT_REVIEW);
        decide(expert, a.id(), ReviewDecision.APPROVE, "方案合理");
        a.await(ApplicationStatus.OFFERED);
        return a;
    }

    public final class Applied {
        private final TestSmes.Sme sme;
        private final String id;

        Applied(TestSmes.Sme sme, String id) {
            this.sme = sme;
            this.id = id;
        }

        public TestSmes.Sme sme() {
            return sme;
        }

        public String id() {
            return id;
        }

        public SubsidyApplication own() {
            return SignedIn.as(sme.owner(), () -> applications.find(id)).orElseThrow();
        }

        public void await(ApplicationStatus status) {
            org.awaitility.Awaitility.await(id + " " + status).atMost(PATIENCE).until(() -> own().getStatus() == status);
        }
    }
}
