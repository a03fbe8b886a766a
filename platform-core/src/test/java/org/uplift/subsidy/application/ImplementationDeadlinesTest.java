package org.uplift.subsidy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.uplift.subsidy.application.ApplicationFixture.as;
import static org.uplift.subsidy.application.ApplicationFixture.asProcess;

import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.uplift.identity.Role;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.audit.AuditRecord;
import org.uplift.subsidy.audit.AuditTrail;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

@SpringBootTest
class ImplementationDeadlinesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ImplementationDeadlines deadlines;
    @Autowired
    SubsidyApplications applications;
    @Autowired
    AuditTrail audit;

    ApplicationFixture f;
    String authority;
    TestSmes.Sme sme;
    String id;
    LocalDate deadline;

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
        deadline = registered.getImplementation().deadlineDate();
    }

    SubsidyApplication kase() {
        return as(Role.REVIEWER, authority, "wu", () -> applications.find(id)).orElseThrow();
    }

    @Test
    void registration_sets_the_deadline_the_programme_months_later_on_both_copies_and_in_the_audit_chain() {
        assertThat(deadline).isEqualTo(ApplicationFixture.today().plusMonths(6));
        assertThat(kase().getImplementation().deadline()).isEqualTo(
                deadline.plusDays(1).atStartOfDay(ApplicationFixture.ZONE).toInstant());
        assertThat(f.asOwner(sme, () -> applications.find(id)).orElseThrow().getImplementation().deadlineDate())
                .isEqualTo(deadline);
        assertThat(asProcess(authority, () -> audit.records(SubsidyApplications.subject(id))))
                .extracting(AuditRecord::getAction).endsWith("OFFER_ACCEPTED", "IMPLEMENTATION_STARTED");
    }

    @Test
    void only_the_owner_asks_for_one_extension_with_a_reason_and_a_date_within_the_limit() {
        LocalDate until = deadline.plusMonths(3);
        assertRefused(() -> f.quotes.asMember(sme, "member", () -> deadlines.requestExtension(id, until, "延期")),
                "extension", ImplementationDeadlines.OWNER_REQUESTS);
        assertRefused(() -> f.asOwner(sme, () -> deadlines.requestExtension(id, until, " ")), "reason",
                "validation.required");
        assertRefused(() -> f.asOwner(sme, () -> deadlines.requestExtension(id, deadline, "延期")), "until",
                ImplementationDeadlines.EXTENSION_RANGE);
        assertRefused(() -> f.asOwner(sme, () -> deadlines.requestExtension(id, deadline.plusMonths(6).plusDays(1),
                "延期")), "until", ImplementationDeadlines.EXTENSION_RANGE);

        f.asOwner(sme, () -> deadlines.requestExtension(id, until, "设备到货延迟"));

        assertThat(kase().getExtension().isPending()).isTrue();
        assertThat(kase().getExtension().reason()).isEqualTo("设备到货延迟");
        assertRefused(() -> f.asOwner(sme, () -> deadlines.requestExtension(id, until, "再延期")), "extension",
                ImplementationDeadlines.ONE_EXTENSION);
    }

    @Test
    void only_reviewers_decide_an_extension_a_rejection_needs_a_reason_and_an_approval_moves_the_deadline() {
        LocalDate until = deadline.plusMonths(2);
        f.asOwner(sme, () -> deadlines.requestExtension(id, until, "设备到货延迟"));
        assertRefused(() -> as(Role.DISTRICT_OFFICER, authority, "qian", () -> deadlines.decideExtension(id, true,
                null)), "decision", ImplementationDeadlines.NOT_AN_EXTENSION_DECIDER);
        assertRefused(() -> as(Role.EVALUATOR, authority, "sun", () -> deadlines.decideExtension(id, true, null)),
                "decision", ImplementationDeadlines.NOT_AN_EXTENSION_DECIDER);
        assertRefused(() -> as(Role.REVIEWER, authority, "wu", () -> deadlines.decideExtension(id, false, "")),
                "reason", SubsidyApplications.REASON_REQUIRED);

        as(Role.SENIOR_REVIEWER, authority, "zheng", () -> deadlines.decideExtension(id, true, null));

        assertThat(kase().getImplementation().deadlineDate()).isEqualTo(until);
        assertThat(f.asOwner(sme, () -> applications.find(id)).orElseThrow().getExtension().outcome())
                .isEqualTo(ExtensionRequest.Outcome.APPROVED);
        assertRefused(() -> as(Role.REVIEWER, authority, "wu", () -> deadlines.decideExtension(id, false, "不同意")),
                "decision", ImplementationDeadlines.NO_PENDING_EXTENSION);
    }

    @Test
    void warning_and_expiry_are_the_process_s_and_expiry_closes_the_application() {
        assertRefused(() -> f.asOwner(sme, () -> deadlines.warn(id)), "application",
                SubsidyApplications.PROCESS_ONLY);
        assertRefused(() -> as(Role.PROGRAMME_MANAGER, authority, "zhou", () -> deadlines.expire(id, 2_000_000)),
                "application", SubsidyApplications.PROCESS_ONLY);

        asProcess(authority, () -> deadlines.expire(id, 2_000_000));

        assertThat(kase().getStatus()).isEqualTo(ApplicationStatus.EXPIRED);
        assertThat(kase().getStatus().isClosed()).isTrue();
        assertThat(kase().getReleasedFen()).isEqualTo(2_000_000);
        assertRefused(() -> f.asOwner(sme, () -> deadlines.requestExtension(id, deadline.plusMonths(1), "延期")),
                "extension", ImplementationDeadlines.NOT_IMPLEMENTING);
    }
}
