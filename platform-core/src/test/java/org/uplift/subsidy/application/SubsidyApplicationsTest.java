package org.uplift.subsidy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.uplift.subsidy.application.ApplicationFixture.as;
import static org.uplift.subsidy.application.ApplicationFixture.asProcess;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.uplift.identity.Role;
import org.uplift.identity.TestActors;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.audit.AuditRecord;
import org.uplift.subsidy.audit.AuditTrail;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

@SpringBootTest
class SubsidyApplicationsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SubsidyApplications applications;
    @Autowired
    AuditTrail audit;

    ApplicationFixture f;
    String authority;
    String programme;
    TestSmes.Sme sme;
    Engagement engagement;

    static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                .extracting(Violation::field, Violation::messageKey).contains(tuple(field, key)));
    }

    @BeforeEach
    void anSmeWithAnEngagementAndAnOpenProgramme() {
        f = new ApplicationFixture(context);
        authority = f.authority();
        programme = f.openProgramme(authority, 100_000_000);
        sme = f.sme();
        engagement = f.engagement(sme);
    }

    SubsidyApplication atExpertReview() {
        SubsidyApplication applied = f.apply(sme, ApplicationFixture.form(engagement, programme));
        asProcess(authority, () -> applications.recordEligibility(applied.getApplicationId(), List.of(), 5_000_000,
                2_000_000));
        as(Role.DISTRICT_OFFICER, authority, "district", () -> applications.recommend(applied.getApplicationId(), "推荐"));
        return applied;
    }

    @Test
    void the_owner_applies_from_the_engagement_and_both_parties_see_their_own_copy_with_the_T0_level() {
        SubsidyApplication applied = f.apply(sme, ApplicationFixture.form(engagement, programme));

        assertThat(applied).isInstanceOf(ApplicantCopy.class);
        assertThat(applied.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(applied.getLevel()).isEqualTo(1);
        assertThat(applied.getCostLines()).isEqualTo(engagement.getCostLines());
        assertThat(applied.getTotalFen()).isEqualTo(8_000_000);
        assertThat(applied.getProviderTenantId()).isEqualTo(engagement.getProviderTenantId());
        SubsidyApplication kase = TenantContext.callAs(authority,
                () -> TestActors.asOwner("x", () -> applications.find(applied.getApplicationId()))).orElseThrow();
        assertThat(kase).isInstanceOf(ApplicationCase.class);
        assertThat(kase.getSmeName()).isEqualTo(sme.name());
        assertThat(TenantContext.callAs(engagement.getProviderTenantId(),
                () -> TestActors.asOwner("p", () -> applications.find(applied.getApplicationId())))).isEmpty();
        assertThat(asProcess(authority, () -> audit.records(SubsidyApplications.subject(applied.getApplicationId()))))
                .extracting(AuditRecord::getAction, AuditRecord::getActorTenantId)
                .containsExactly(tuple("APPLIED", sme.tenantId()));
    }

    @Test
    void a_contract_dated_before_the_application_is_rejected_as_retrospective_with_the_reason() {
        var form = ApplicationFixture.form(engagement, programme);
        SubsidyApplication applied = f.apply(sme, new ApplicationForm(form.engagementId(), programme, form.costLines(),
                ApplicationFixture.today().minusDays(3), null));

        assertThat(applied.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(applied.getRejectionReason()).isEqualTo(SubsidyApplications.RETROSPECTIVE);
        assertThat(asProcess(authority, () -> audit.records(SubsidyApplications.subject(applied.getApplicationId()))))
                .extracting(AuditRecord::getAction).containsExactly("APPLIED", "REJECTED_RETROSPECTIVE");
        SubsidyApplication paidBefore = f.apply(sme, new ApplicationForm(form.engagementId(), programme,
                form.costLines(), ApplicationFixture.today(), ApplicationFixture.today().minusDays(1)));
        assertThat(paidBefore.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void only_the_owner_applies_and_bad_input_names_its_field() {
        var form = ApplicationFixture.form(engagement, programme);
        assertRefused(() -> f.quotes.asMember(sme, "member", () -> applications.apply(form)), "application",
                SubsidyApplications.OWNER_APPLIES);
        assertRefused(() -> f.apply(sme, new ApplicationForm("nope", "nope", List.of(), null, null)), "engagementId",
                SubsidyApplications.UNKNOWN_ENGAGEMENT);
        assertRefused(() -> f.apply(sme, new ApplicationForm(form.engagementId(), programme,
                List.of(new org.uplift.marketplace.solution.CostLine(
                        org.uplift.marketplace.solution.CostCategory.SOFTWARE, 0, "x")), ApplicationFixture.today(),
                null)), "costLines[0].amountFen", SubsidyApplications.AMOUNT_POSITIVE);
        f.apply(sme, form);
        assertRefused(() -> f.apply(sme, form), "programmeId", SubsidyApplications.ALREADY_APPLIED);
    }

    @Test
    void an_sme_without_a_published_assessment_cannot_apply() {
        TestSmes.Sme fresh = f.quotes.sme();
        Engagement its = f.engagement(fresh);
        assertRefused(() -> f.apply(fresh, ApplicationFixture.form(its, programme)), "assessment",
                SubsidyApplications.NO_ASSESSMENT);
    }

    @Test
    void four_eyes_the_same_person_never_approves_twice() {
        SubsidyApplication applied = f.apply(sme, ApplicationFixture.form(engagement, programme));
        String id = applied.getApplicationId();
        asProcess(authority, () -> applications.recordEligibility(id, List.of(), 5_000_000, 2_000_000));
        as(Role.PROGRAMME_MANAGER, authority, "zhou", () -> applications.recommend(id, "推荐"));
        as(Role.SENIOR_REVIEWER, authority, "zheng", () -> applications.approve(id, "同意"));
        asProcess(authority, () -> applications.recordRouting(id, List.of("AMOUNT_OVER_THRESHOLD")));

        assertRefused(() -> as(Role.SENIOR_REVIEWER, authority, "zheng", () -> applications.approve(id, "再同意")),
                "decision", SubsidyApplications.FOUR_EYES);
        assertRefused(() -> as(Role.PROGRAMME_MANAGER, authority, "zhou", () -> applications.approve(id, "同意")),
                "decision", SubsidyApplications.FOUR_EYES);
        SubsidyApplication approved = as(Role.PROGRAMME_MANAGER, authority, "li", () -> applications.approve(id, "同意"));
        assertThat(approved.getApprovals()).extracting(Approval::userId).containsExactly("zhou", "zheng", "li");
        assertThat(approved.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void a_rejection_needs_a_reason_and_the_reason_reaches_the_applicant() {
        String id = atExpertReview().getApplicationId();
        assertRefused(() -> as(Role.REVIEWER, authority, "wu", () -> applications.reject(id, " ")), "reason",
                SubsidyApplications.REASON_REQUIRED);
        assertRefused(() -> as(Role.DISTRICT_OFFICER, authority, "qian", () -> applications.reject(id, "不符合")),
                "decision", SubsidyApplications.NOT_A_DECIDER);
        as(Role.REVIEWER, authority, "wu", () -> applications.reject(id, "软件与诊断结论无关"));

        SubsidyApplication own = f.asOwner(sme, () -> applications.find(id)).orElseThrow();
        assertThat(own.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(own.getRejectionReason()).isEqualTo("软件与诊断结论无关");
        assertThat(asProcess(authority, () -> audit.verify(SubsidyApplications.subject(id))).problems()).isEmpty();
    }

    @Test
    void information_requested_answered_by_the_sme_returns_to_expert_review_and_only_the_owner_accepts_an_offer() {
        String id = atExpertReview().getApplicationId();
        SubsidyApplication asked = as(Role.REVIEWER, authority, "wu",
                () -> applications.requestInformation(id, "请补充合同扫描件", null));
        assertThat(asked.getInformation().deadline()).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(14)));
        assertRefused(() -> as(Role.REVIEWER, authority, "wu", () -> applications.requestInformation(id, "q",
                ApplicationFixture.today().minusDays(1))), "decision", SubsidyApplications.NOT_AT_STAGE);

        SubsidyApplication answered = f.quotes.asMember(sme, "member", () -> applications.answer(id, "已上传合同"));
        assertThat(answered.getStatus()).isEqualTo(ApplicationStatus.EXPERT_REVIEW);
        assertThat(answered.getInformation().answer()).isEqualTo("已上传合同");

        as(Role.REVIEWER, authority, "wu", () -> applications.approve(id, "同意"));
        asProcess(authority, () -> applications.recordRouting(id, List.of()));
        asProcess(authority, () -> applications.offer(id));
        assertRefused(() -> f.quotes.asMember(sme, "member", () -> applications.acceptOffer(id)), "offer",
                SubsidyApplications.OWNER_ACCEPTS);
        assertThat(f.asOwner(sme, () -> applications.acceptOffer(id)).getStatus())
                .isEqualTo(ApplicationStatus.REGISTERED);
        assertThat(asProcess(authority, () -> audit.records(SubsidyApplications.subject(id))))
                .extracting(AuditRecord::getAction).containsExactly("APPLIED", "ELIGIBLE", "RECOMMENDED",
                        "INFORMATION_REQUESTED", "INFORMATION_ANSWERED", "APPROVED_EXPERT", "OFFERED",
                        "OFFER_ACCEPTED");
    }

    @Test
    void another_authority_can_neither_see_nor_decide_the_case() {
        String id = atExpertReview().getApplicationId();
        String other = f.authority();
        assertThat(as(Role.REVIEWER, other, "r", () -> applications.find(id))).isEmpty();
        assertThat(as(Role.REVIEWER, other, "r", () -> applications.mine())).isEmpty();
        assertRefused(() -> as(Role.REVIEWER, other, "r", () -> applications.approve(id, "同意")), "id",
                SubsidyApplications.UNKNOWN);
    }
}
