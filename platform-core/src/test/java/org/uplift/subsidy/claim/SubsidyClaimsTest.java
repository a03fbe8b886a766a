package org.uplift.subsidy.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.uplift.subsidy.application.ApplicationFixture.as;
import static org.uplift.subsidy.application.ApplicationFixture.asProcess;
import static org.uplift.subsidy.claim.ClaimFixture.AMOUNT;
import static org.uplift.subsidy.claim.ClaimFixture.filing;
import static org.uplift.subsidy.claim.ClaimFixture.pdf;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.uplift.assessment.evidence.EvidenceFiles;
import org.uplift.assessment.evidence.TestFiles;
import org.uplift.identity.Role;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.application.ApplicationFixture;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.audit.AuditRecord;
import org.uplift.subsidy.audit.AuditTrail;
import org.uplift.subsidy.ledger.Budget;
import org.uplift.subsidy.ledger.BudgetLedger;
import org.uplift.subsidy.ledger.BudgetMovement;
import org.uplift.subsidy.ledger.MovementKind;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

import com.mongodb.client.gridfs.GridFSBuckets;

@SpringBootTest
class SubsidyClaimsTest {

    static final long BUDGET = 100_000_000;

    @Autowired
    ApplicationContext context;
    @Autowired
    SubsidyClaims claims;
    @Autowired
    BudgetLedger ledger;
    @Autowired
    AuditTrail audit;
    @Autowired
    Notifications notifications;
    @Autowired
    MongoDatabaseFactory factory;

    ClaimFixture f;
    String authority;
    String programme;
    TestSmes.Sme sme;
    Engagement engagement;
    String id;

    static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                .extracting(Violation::field, Violation::messageKey).contains(tuple(field, key)));
    }

    @BeforeEach
    void anAcceptedApplication() {
        f = new ClaimFixture(context);
        authority = f.applications.authority();
        programme = f.applications.openProgramme(authority, BUDGET);
        sme = f.applications.sme();
        engagement = f.applications.engagement(sme);
        id = f.registered(authority, programme, sme, engagement);
        f.accept(authority, id, AMOUNT, Instant.now());
    }

    <T> T asFinance(Supplier<T> work) {
        return as(Role.FINANCE_OFFICER, authority, "cai", work);
    }

    <T> T asManager(Supplier<T> work) {
        return as(Role.PROGRAMME_MANAGER, authority, "zhou", work);
    }

    SubsidyClaim ofSme() {
        return f.applications.asOwner(sme, () -> claims.find(id)).orElseThrow();
    }

    SubsidyClaim ofAuthority() {
        return asFinance(() -> claims.find(id)).orElseThrow();
    }

    Budget budget() {
        return asProcess(authority, () -> ledger.figures(programme)).orElseThrow();
    }

    List<String> auditActions() {
        return asProcess(authority, () -> audit.records(SubsidyApplications.subject(id))).stream()
                .map(AuditRecord::getAction).filter(a -> a.startsWith("CLAIM_")).toList();
    }

    long smeClaimFiles() {
        var bucket = GridFSBuckets.create(factory.getMongoDatabase(), ClaimEvidence.BUCKET);
        return TenantContext.callAs(sme.tenantId(), () -> bucket.find().into(new ArrayList<>()).size());
    }

    List<String> smeNotices() {
        return TenantContext.callAs(sme.tenantId(), () -> notifications.recent(sme.owner().userId(), 20)).stream()
                .map(Notification::getMessageKey).toList();
    }

    SubsidyClaim filed() {
        return f.applications.asOwner(sme, () -> claims.file(id, filing()));
    }

    @Test
    void an_accepted_application_opens_one_claim_with_a_copy_per_party_and_a_second_event_changes_nothing() {
        f.accept(authority, id, AMOUNT, Instant.now());

        SubsidyClaim mine = ofSme();
        assertThat(mine).isInstanceOf(ClaimCopy.class);
        assertThat(mine.getStatus()).isEqualTo(ClaimStatus.AWAITING_CLAIM);
        assertThat(mine.getAmountFen()).isEqualTo(AMOUNT);
        assertThat(Duration.between(mine.getAcceptedAt(), mine.getDeadline())).isEqualTo(Duration.ofDays(90));
        assertThat(ofAuthority()).isInstanceOf(ClaimCase.class);
        assertThat(TenantContext.callAs(engagement.getProviderTenantId(),
                () -> as(Role.PROVIDER_ADMIN, engagement.getProviderTenantId(), "p", () -> claims.find(id))))
                .map(SubsidyClaim::getStatus).contains(ClaimStatus.AWAITING_CLAIM);
        assertThat(as(Role.FINANCE_OFFICER, f.applications.authority(), "x", () -> claims.find(id))).isEmpty();
        assertThat(auditActions()).containsExactly("CLAIM_OPENED");
        assertThat(smeNotices()).contains(ClaimNotices.OPENED);
    }

    @Test
    void the_owner_files_finance_approves_and_the_disbursement_is_paid_from_the_reservation() throws Exception {
        SubsidyClaim claim = filed();
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.FILED);
        assertThat(claim.getFiles()).extracting(ClaimFile::kind, ClaimFile::contentType).containsExactly(
                tuple(ClaimFileKind.INVOICE, "application/pdf"), tuple(ClaimFileKind.PAYMENT, "application/pdf"),
                tuple(ClaimFileKind.USAGE, "application/pdf"));
        assertThat(asFinance(() -> claims.awaitingDecision())).extracting(SubsidyClaim::getApplicationId)
                .contains(id);
        String invoiceId = ofAuthority().files(ClaimFileKind.INVOICE).get(0).fileId();
        try (var content = asFinance(() -> claims.file(id, invoiceId)).orElseThrow().content()) {
            assertThat(content.readAllBytes()).hasSize(2000);
        }

        SubsidyClaim approved = asFinance(() -> claims.approve(id, AMOUNT, ApplicationFixture.today(), "HZ-2026-0042"));
        assertThat(approved.getStatus()).isEqualTo(ClaimStatus.APPROVED);
        asProcess(authority, () -> claims.disburse(id));
        asProcess(authority, () -> claims.disburse(id));

        assertThat(ofSme().getStatus()).isEqualTo(ClaimStatus.PAID);
        assertThat(ofSme().getDisbursement().reference()).isEqualTo("HZ-2026-0042");
        assertThat(budget().getReservedFen()).isZero();
        assertThat(budget().getPaidFen()).isEqualTo(AMOUNT);
        assertThat(auditActions()).containsExactly("CLAIM_OPENED", "CLAIM_FILED", "CLAIM_APPROVED", "CLAIM_PAID");
        assertThat(asProcess(authority, () -> audit.verify(SubsidyApplications.subject(id))).problems()).isEmpty();
        assertThat(smeNotices()).contains(ClaimNotices.PAID);
    }

    @Test
    void a_smaller_disbursement_releases_the_rest_of_the_reservation() {
        filed();
        asFinance(() -> claims.approve(id, 1_500_000, ApplicationFixture.today(), "HZ-0043"));
        asProcess(authority, () -> claims.disburse(id));

        assertThat(budget().getPaidFen()).isEqualTo(1_500_000);
        assertThat(budget().getReservedFen()).isZero();
        assertThat(budget().getAvailableFen()).isEqualTo(BUDGET - 1_500_000);
    }

    @Test
    void only_the_owner_files_and_every_bad_field_is_named() {
        assertRefused(() -> f.applications.quotes.asMember(sme, "member", () -> claims.file(id, filing())), "claim",
                SubsidyClaims.OWNER_FILES);
        var empty = new ClaimFiling(List.of(" "), List.of(), null, 0, List.of(), List.of());
        assertThatThrownBy(() -> f.applications.asOwner(sme, () -> claims.file(id, empty)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                                tuple("invoiceNumbers", SubsidyClaims.INVOICE_NUMBER_REQUIRED),
                                tuple("paymentDate", "validation.required"),
                                tuple("amountPaidFen", SubsidyClaims.AMOUNT_POSITIVE),
                                tuple("invoiceFiles", SubsidyClaims.FILES_REQUIRED),
                                tuple("paymentFiles", SubsidyClaims.FILES_REQUIRED),
                                tuple("usageFiles", SubsidyClaims.FILES_REQUIRED)));
        var ok = filing();
        LocalDate beforeApplying = ApplicationFixture.today().minusDays(1);
        assertRefused(() -> f.applications.asOwner(sme, () -> claims.file(id, new ClaimFiling(ok.invoiceNumbers(),
                List.of(pdf("发票.pdf")), beforeApplying, 8_000_000, List.of(pdf("回单.pdf")),
                List.of(pdf("截图.pdf"))))), "paymentDate", SubsidyClaims.PAYMENT_BEFORE_APPLICATION);
        assertRefused(() -> f.applications.asOwner(sme, () -> claims.file(id, new ClaimFiling(ok.invoiceNumbers(),
                List.of(pdf("发票.pdf")), ApplicationFixture.today().plusDays(1), 8_000_000, List.of(pdf("回单.pdf")),
                List.of(pdf("截图.pdf"))))), "paymentDate", SubsidyClaims.DATE_IN_FUTURE);
        assertThat(smeClaimFiles()).isZero();
    }

    @Test
    void a_refused_file_leaves_none_of_the_claims_files_behind() {
        byte[] exe = TestFiles.exe(500);
        var ok = filing();
        assertRefused(() -> f.applications.asOwner(sme, () -> claims.file(id, new ClaimFiling(ok.invoiceNumbers(),
                List.of(pdf("发票.pdf")), ok.paymentDate(), ok.amountPaidFen(), List.of(pdf("回单.pdf")),
                List.of(new ClaimUpload("截图.pdf", exe.length, new ByteArrayInputStream(exe)))))), "usageFiles",
                EvidenceFiles.CONTENT_MISMATCH);

        assertThat(smeClaimFiles()).isZero();
        assertThat(ofSme().getStatus()).isEqualTo(ClaimStatus.AWAITING_CLAIM);
        assertThat(ofAuthority().getStatus()).isEqualTo(ClaimStatus.AWAITING_CLAIM);
        assertThat(auditActions()).containsExactly("CLAIM_OPENED");
    }

    @Test
    void only_finance_decides_within_the_accepted_amount_and_a_rejection_needs_a_reason_and_releases_the_reservation() {
        filed();
        assertRefused(() -> as(Role.REVIEWER, authority, "wu",
                () -> claims.approve(id, AMOUNT, ApplicationFixture.today(), "x")), "decision",
                SubsidyClaims.FINANCE_DECIDES);
        assertRefused(() -> asFinance(() -> claims.approve(id, AMOUNT + 1, ApplicationFixture.today(), "x")),
                "amountFen", SubsidyClaims.ABOVE_ACCEPTED);
        assertRefused(() -> asFinance(() -> claims.approve(id, AMOUNT, ApplicationFixture.today(), " ")),
                "reference", "validation.required");
        assertRefused(() -> asFinance(() -> claims.approve(id, AMOUNT, null, "x")), "paidOn", "validation.required");
        assertRefused(() -> asFinance(() -> claims.reject(id, " ")), "reason", SubsidyClaims.REASON_REQUIRED);
        assertRefused(() -> asFinance(() -> claims.disburse(id)), "claim", SubsidyClaims.PROCESS_ONLY);

        SubsidyClaim rejected = asFinance(() -> claims.reject(id, "发票抬头与企业名称不符"));
        assertThat(rejected.getStatus()).isEqualTo(ClaimStatus.REJECTED);
        asProcess(authority, () -> claims.releaseReservation(id));
        asProcess(authority, () -> claims.releaseReservation(id));

        assertThat(ofSme().getRejectionReason()).isEqualTo("发票抬头与企业名称不符");
        assertThat(budget().getReservedFen()).isZero();
        assertThat(budget().getAvailableFen()).isEqualTo(BUDGET);
        assertThat(auditActions()).containsExactly("CLAIM_OPENED", "CLAIM_FILED", "CLAIM_REJECTED",
                "CLAIM_RESERVATION_RELEASED");
        assertThat(smeNotices()).contains(ClaimNotices.REJECTED);
    }

    @Test
    void only_a_manager_claws_back_with_a_reason_and_the_money_returns_to_the_available_budget() {
        filed();
        asFinance(() -> claims.approve(id, AMOUNT, ApplicationFixture.today(), "HZ-0044"));
        asProcess(authority, () -> claims.disburse(id));

        assertRefused(() -> asFinance(() -> claims.clawBack(id, "虚假验收")), "clawback",
                SubsidyClaims.MANAGER_CLAWS_BACK);
        assertRefused(() -> asManager(() -> claims.clawBack(id, "")), "reason", SubsidyClaims.REASON_REQUIRED);
        SubsidyClaim clawed = asManager(() -> claims.clawBack(id, "复核发现系统未实际使用"));

        assertThat(clawed.getStatus()).isEqualTo(ClaimStatus.CLAWED_BACK);
        assertThat(ofSme().getClawback().reason()).isEqualTo("复核发现系统未实际使用");
        assertThat(budget().getPaidFen()).isZero();
        assertThat(budget().getAvailableFen()).isEqualTo(BUDGET);
        assertThat(asManager(() -> ledger.movements(programme))).extracting(BudgetMovement::getKind)
                .containsExactly(MovementKind.RESERVE, MovementKind.PAY, MovementKind.CLAWBACK);
        assertRefused(() -> asManager(() -> claims.clawBack(id, "再次")), "clawback", SubsidyClaims.NOT_PAID);
        assertThat(auditActions()).endsWith("CLAIM_CLAWED_BACK");
        assertThat(smeNotices()).contains(ClaimNotices.CLAWED_BACK);
    }

    @Test
    void a_claim_not_filed_by_the_deadline_expires_and_its_reservation_is_released() {
        TestSmes.Sme late = f.applications.sme();
        String lateId = f.registered(authority, programme, late, f.applications.engagement(late));
        f.accept(authority, lateId, AMOUNT, Instant.now().minus(Duration.ofDays(91)));

        assertRefused(() -> f.applications.asOwner(late, () -> claims.file(lateId, filing())), "claim",
                SubsidyClaims.DEADLINE_PASSED);
        asProcess(authority, () -> claims.expire(lateId));
        asProcess(authority, () -> claims.releaseReservation(lateId));

        assertThat(f.applications.asOwner(late, () -> claims.find(lateId)).orElseThrow().getStatus())
                .isEqualTo(ClaimStatus.EXPIRED);
        assertThat(budget().getReservedFen()).isEqualTo(AMOUNT); // the other application's reservation stays
        assertThat(budget().getAvailableFen()).isEqualTo(BUDGET - AMOUNT);
    }

    @Test
    void another_authority_neither_sees_nor_decides_the_claim() {
        filed();
        String other = f.applications.authority();
        assertThat(as(Role.FINANCE_OFFICER, other, "x", () -> claims.awaitingDecision()))
                .extracting(SubsidyClaim::getApplicationId).doesNotContain(id);
        assertRefused(() -> as(Role.FINANCE_OFFICER, other, "x",
                () -> claims.approve(id, AMOUNT, ApplicationFixture.today(), "x")), "id", SubsidyClaims.UNKNOWN);
        assertThat(ofAuthority().getStatus()).isEqualTo(ClaimStatus.FILED);
    }
}
