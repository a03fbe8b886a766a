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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.uplift.identity.Role;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.organisation.TestSmes;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

@SpringBootTest
@RecordApplicationEvents
class OnSiteAcceptanceTest {

    static final List<CostLine> ACTUAL = List.of(new CostLine(CostCategory.SOFTWARE, 4_000_000, "MES 软件订阅一年"));

    @Autowired
    ApplicationContext context;
    @Autowired
    OnSiteAcceptance acceptance;
    @Autowired
    AcceptanceDossiers dossiers;
    @Autowired
    SubsidyApplications applications;
    @Autowired
    ApplicationEvents events;

    ApplicationFixture f;
    String authority;
    TestSmes.Sme sme;
    String id;
    String t0;

    static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                .extracting(Violation::field, Violation::messageKey).contains(tuple(field, key)));
    }

    @BeforeEach
    void aRegisteredApplication() {
        f = new ApplicationFixture(context);
        authority = f.authority();
        String programme = f.openProgramme(authority, 100_000_000);
        sme = f.sme();
        SubsidyApplication registered = RegisteredApplications.registered(context, f, authority, programme, sme,
                f.engagement(sme));
        id = registered.getApplicationId();
        t0 = registered.getAssessmentId();
    }

    SubsidyApplication kase() {
        return as(Role.EVALUATOR, authority, "sun", () -> applications.find(id)).orElseThrow();
    }

    EvaluationForm confirmed(int level) {
        return new EvaluationForm(level, null, acceptance.checklist(), 4);
    }

    String requested(int t1Level) {
        String t1 = f.t1(sme, t1Level);
        f.asOwner(sme, () -> acceptance.request(id, t1, ACTUAL));
        return t1;
    }

    @Test
    void only_the_owner_requests_acceptance_with_a_newer_t1_and_positive_costs_in_the_applied_categories() {
        String t1 = f.t1(sme, 2);
        assertThat(f.asOwner(sme, () -> acceptance.t1Candidates(id))).extracting(a -> a.getId()).containsExactly(t1);
        assertRefused(() -> f.quotes.asMember(sme, "member", () -> acceptance.request(id, t1, ACTUAL)), "acceptance",
                OnSiteAcceptance.OWNER_REQUESTS);
        assertRefused(() -> f.asOwner(sme, () -> acceptance.request(id, t0, ACTUAL)), "t1",
                OnSiteAcceptance.T1_INVALID);
        assertRefused(() -> f.asOwner(sme, () -> acceptance.request(id, t1,
                List.of(new CostLine(CostCategory.CLOUD_SERVICE, 1_000_000, "云服务")))), "actualCosts[0].category",
                OnSiteAcceptance.CATEGORY_NOT_APPLIED);
        assertRefused(() -> f.asOwner(sme, () -> acceptance.request(id, t1,
                List.of(new CostLine(CostCategory.SOFTWARE, 0, "软件")))), "actualCosts[0].amountFen",
                SubsidyApplications.AMOUNT_POSITIVE);

        f.asOwner(sme, () -> acceptance.request(id, t1, ACTUAL));

        assertThat(kase().getStatus()).isEqualTo(ApplicationStatus.ACCEPTANCE_REQUESTED);
        assertThat(kase().getAcceptanceRequest().t1Level()).isEqualTo(2);
        assertThat(kase().getAcceptanceRequest().actualTotalFen()).isEqualTo(4_000_000);
    }

    @Test
    void only_an_evaluator_evaluates_a_correction_needs_a_reason_and_every_item_must_be_ticked() {
        requested(2);
        assertRefused(() -> as(Role.REVIEWER, authority, "wu", () -> acceptance.evaluate(id, confirmed(2))),
                "evaluation", OnSiteAcceptance.NOT_AN_EVALUATOR);
        assertRefused(() -> as(Role.EVALUATOR, authority, "sun", () -> acceptance.evaluate(id, confirmed(1))),
                "correctionReason", OnSiteAcceptance.CORRECTION_REASON);
        assertRefused(() -> as(Role.EVALUATOR, authority, "sun", () -> acceptance.evaluate(id,
                new EvaluationForm(2, null, List.of("deliverables"), 4))), "checklist",
                OnSiteAcceptance.CHECKLIST_INCOMPLETE);
        assertRefused(() -> as(Role.EVALUATOR, authority, "sun", () -> acceptance.evaluate(id,
                new EvaluationForm(2, null, acceptance.checklist(), 6))), "providerSatisfaction",
                OnSiteAcceptance.SATISFACTION_RANGE);

        as(Role.EVALUATOR, authority, "sun", () -> acceptance.evaluate(id,
                new EvaluationForm(3, "现场核查高于自评", acceptance.checklist(), 5)));

        assertThat(kase().getEvaluation().confirmedLevel()).isEqualTo(3);
        assertThat(kase().getEvaluation().correctionReason()).isEqualTo("现场核查高于自评");
        assertThat(f.asOwner(sme, () -> applications.find(id)).orElseThrow().getEvaluation().evaluatedBy())
                .isEqualTo("sun");
        assertRefused(() -> as(Role.EVALUATOR, authority, "sun", () -> acceptance.evaluate(id, confirmed(3))),
                "evaluation", OnSiteAcceptance.NOT_REQUESTED);
    }

    @Test
    void acceptance_never_pays_more_than_the_reservation_and_is_announced_for_the_claim() {
        requested(2);
        as(Role.EVALUATOR, authority, "sun", () -> acceptance.evaluate(id, confirmed(2)));
        assertRefused(() -> as(Role.PROGRAMME_MANAGER, authority, "zhou", () -> acceptance.accept(id, 1, 0)),
                "application", SubsidyApplications.PROCESS_ONLY);

        asProcess(authority, () -> acceptance.accept(id, 9_999_999, 0));

        assertThat(kase().getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(kase().getAcceptedAmountFen()).isEqualTo(2_000_000);
        assertThat(events.stream(ApplicationAccepted.class)).singleElement()
                .satisfies(e -> assertThat(e.amountFen()).isEqualTo(2_000_000));
    }

    @Test
    void only_the_case_s_evaluator_reads_t0_and_t1_of_the_applicant() {
        String t1 = requested(2);

        AcceptanceDossier dossier = as(Role.EVALUATOR, authority, "sun", () -> dossiers.of(id)).orElseThrow();

        assertThat(dossier.t0().getId()).isEqualTo(t0);
        assertThat(dossier.t1().getId()).isEqualTo(t1);
        assertThat(dossier.t1().getLevel()).isEqualTo(2);
        assertThat(as(Role.REVIEWER, authority, "wu", () -> dossiers.of(id))).isEmpty();
        String other = f.authority();
        assertThat(as(Role.EVALUATOR, other, "stranger", () -> dossiers.of(id))).isEmpty();
    }
}
