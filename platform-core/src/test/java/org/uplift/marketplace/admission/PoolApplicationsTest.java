package org.uplift.marketplace.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uplift.marketplace.admission.AdmissionFixture.as;
import static org.uplift.marketplace.admission.AdmissionFixture.asProcess;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.uplift.assessment.evidence.EvidenceFiles;
import org.uplift.identity.Role;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

@SpringBootTest
class PoolApplicationsTest {

    @Autowired
    PoolApplications applications;
    @Autowired
    ProviderPool pool;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    AdmissionFixture fixture;
    String authority;
    Provider provider;

    @BeforeEach
    void anAuthorityAndAProvider() {
        fixture = new AdmissionFixture(context);
        authority = fixture.authority();
        provider = fixture.provider();
    }

    static List<String> keys(Throwable e) {
        return ((InputRejectedException) e).violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }

    long storedScans() {
        return CrossTenantAccess.call("test: count every tenant's scans",
                () -> mongo.getCollection(CertificateFiles.BUCKET + ".files").countDocuments());
    }

    @Test
    void a_provider_admin_applies_and_both_the_provider_and_the_authoritys_reviewers_see_it_with_its_scan() {
        PoolApplication submitted = fixture.submit(provider, authority);

        assertThat(submitted.getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(submitted.getTenantId()).isEqualTo(provider.tenantId());
        assertThat(fixture.asAdmin(provider, () -> applications.mine())).extracting(PoolApplication::getId)
                .containsExactly(submitted.getId());
        var seen = as(Role.REVIEWER, authority, "reviewer", () -> applications.find(submitted.getId()));
        assertThat(seen).get().extracting(a -> a.getQualifications().staffCount()).isEqualTo(45);
        var scan = as(Role.REVIEWER, authority, "reviewer", () -> applications.certificate(submitted.getId(), 0));
        assertThat(scan).get().extracting(CertificateScan::contentType).isEqualTo("application/pdf");
        assertThat(scan.get().content()).isEqualTo(AdmissionFixture.pdf());
    }

    @Test
    void bad_input_is_refused_on_each_field_and_nothing_is_stored() {
        long scansBefore = storedScans();
        var expired = new CertificateInput("证书", "1", "协会", LocalDate.now().minusDays(1), "a.pdf", AdmissionFixture.pdf());
        var notAPdf = new CertificateInput("证书", "2", "协会", LocalDate.now().plusYears(1), "b.pdf", "hello".getBytes());
        var form = new ApplicationForm(" ", List.of(AdmissionFixture.certificate(), expired, notAPdf),
                List.of(new ReferenceProject("客户", 2999, "摘要")), 0, List.of(), List.of("SC99"));

        assertThatThrownBy(() -> fixture.asAdmin(provider, () -> applications.submit(authority, form)))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(keys(e)).containsExactlyInAnyOrder("businessScope:validation.required",
                        "certificates[1].validUntil:" + AdmissionRules.EXPIRED,
                        "certificates[2].file:" + AdmissionRules.FILE_TYPE,
                        "references[0].year:" + AdmissionRules.YEAR_RANGE,
                        "staffCount:" + AdmissionRules.STAFF_RANGE,
                        "scenarios[0]:" + AdmissionRules.UNKNOWN_SCENARIO));
        assertThat(fixture.asAdmin(provider, () -> applications.mine())).isEmpty();
        assertThat(storedScans()).isEqualTo(scansBefore);
    }

    @Test
    void an_empty_scan_is_refused_with_the_evidence_rule() {
        var empty = new CertificateInput("证书", "1", "协会", LocalDate.now().plusYears(1), "a.pdf", new byte[0]);
        var form = new ApplicationForm("范围", List.of(empty), AdmissionFixture.form().references(), 3,
                List.of("D3"), List.of());
        assertThatThrownBy(() -> fixture.asAdmin(provider, () -> applications.submit(authority, form)))
                .satisfies(e -> assertThat(keys(e)).containsExactly("certificates[0].file:" + EvidenceFiles.EMPTY));
    }

    @Test
    void a_consultant_cannot_apply_and_a_provider_cannot_apply_twice_while_its_application_is_open() {
        assertThatThrownBy(() -> TenantContext.callAs(provider.tenantId(), () -> org.uplift.identity.ActingWithRole
                .as(Role.PROVIDER_CONSULTANT, "consultant", () -> applications.submit(authority, AdmissionFixture.form()))))
                .satisfies(e -> assertThat(keys(e)).containsExactly("application:" + PoolApplications.PROVIDER_ADMINS_APPLY));
        fixture.submit(provider, authority);
        assertThatThrownBy(() -> fixture.submit(provider, authority))
                .satisfies(e -> assertThat(keys(e)).containsExactly("application:" + PoolApplications.ALREADY_APPLIED));
    }

    @Test
    void another_authority_neither_sees_nor_decides_an_application_to_this_authority() {
        PoolApplication submitted = fixture.submit(provider, authority);
        String otherAuthority = fixture.authority();

        assertThat(as(Role.PROGRAMME_MANAGER, otherAuthority, "pm", () -> applications.find(submitted.getId()))).isEmpty();
        assertThat(as(Role.REVIEWER, otherAuthority, "r", () -> applications.certificate(submitted.getId(), 0))).isEmpty();
        assertThatThrownBy(() -> as(Role.REVIEWER, otherAuthority, "r", () -> applications.approve(submitted.getId(), null)))
                .satisfies(e -> assertThat(keys(e)).containsExactly("applicationId:" + PoolApplications.UNKNOWN));
        assertThat(as(Role.REVIEWER, authority, "r", () -> applications.find(submitted.getId()))).isPresent();
    }

    @Test
    void another_provider_never_sees_the_application() {
        PoolApplication submitted = fixture.submit(provider, authority);
        Provider other = fixture.provider();
        assertThat(fixture.asAdmin(other, () -> applications.find(submitted.getId()))).isEmpty();
        assertThat(fixture.asAdmin(other, () -> applications.mine())).isEmpty();
    }

    @Test
    void a_rejection_needs_a_reason_and_only_reviewers_decide() {
        PoolApplication submitted = fixture.submit(provider, authority);
        assertThatThrownBy(() -> as(Role.REVIEWER, authority, "r", () -> applications.reject(submitted.getId(), "  ")))
                .satisfies(e -> assertThat(keys(e)).containsExactly("reason:validation.required"));
        assertThatThrownBy(() -> fixture.asAdmin(provider, () -> applications.approve(submitted.getId(), null)))
                .satisfies(e -> assertThat(keys(e)).containsExactly("application:" + PoolApplications.REVIEWERS_DECIDE));

        PoolApplication rejected = as(Role.SENIOR_REVIEWER, authority, "r", () -> applications.reject(submitted.getId(), "资质不足"));
        assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.getHistory()).extracting(HistoryEntry::action).containsExactly("submitted", "rejected");
    }

    @Test
    void a_request_for_information_has_a_deadline_within_range_and_the_provider_answers_it() {
        PoolApplication submitted = fixture.submit(provider, authority);
        assertThatThrownBy(() -> as(Role.REVIEWER, authority, "r",
                () -> applications.requestInformation(submitted.getId(), "请补充社保证明", LocalDate.now().minusDays(1))))
                .satisfies(e -> assertThat(keys(e)).containsExactly("deadline:" + PoolApplications.DEADLINE_RANGE));

        PoolApplication asked = as(Role.REVIEWER, authority, "r",
                () -> applications.requestInformation(submitted.getId(), "请补充社保证明", null));
        assertThat(asked.getStatus()).isEqualTo(ApplicationStatus.INFORMATION_REQUESTED);
        assertThat(asked.getInformationDeadline()).isAfter(Instant.now().plus(applications.properties().informationDeadline())
                .minus(java.time.Duration.ofDays(1)));
        assertThatThrownBy(() -> fixture.asAdmin(provider, () -> applications.answer(submitted.getId(), "")))
                .satisfies(e -> assertThat(keys(e)).containsExactly("answer:validation.required"));
        PoolApplication answered = fixture.asAdmin(provider, () -> applications.answer(submitted.getId(), "已上传社保证明"));
        assertThat(answered.getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    }

    @Test
    void anyone_signed_in_may_object_but_only_during_the_public_notice() {
        PoolApplication submitted = fixture.submit(provider, authority);
        Provider stranger = fixture.provider();
        assertThatThrownBy(() -> as(Role.PROVIDER_CONSULTANT, stranger.tenantId(), "c",
                () -> applications.object(submitted.getId(), "有问题")))
                .satisfies(e -> assertThat(keys(e)).containsExactly("objection:" + PoolApplications.NOT_IN_NOTICE));

        as(Role.REVIEWER, authority, "r", () -> applications.approve(submitted.getId(), "资质齐全"));
        asProcess(authority, () -> applications.openNotice(submitted.getId(), java.time.Duration.ofDays(7)));
        assertThat(as(Role.ENTERPRISE_MEMBER, stranger.tenantId(), "c", () -> applications.publicNotice(submitted.getId())))
                .get().extracting(PublicNotice::providerName).isEqualTo(provider.name());
        PoolApplication objected = as(Role.PROVIDER_CONSULTANT, stranger.tenantId(), "c",
                () -> applications.object(submitted.getId(), "该公司曾有违约记录"));
        assertThat(objected.getHistory()).extracting(HistoryEntry::action).contains("objected");
        assertThat(as(Role.PROVIDER_CONSULTANT, stranger.tenantId(), "c", () -> applications.find(submitted.getId())))
                .isEmpty();
    }

    @Test
    void a_sanction_needs_a_reason_and_a_manager_and_the_provider_appeals_it_once() {
        PoolApplication submitted = fixture.submit(provider, authority);
        as(Role.REVIEWER, authority, "r", () -> applications.approve(submitted.getId(), null));
        asProcess(authority, () -> {
            applications.openNotice(submitted.getId(), java.time.Duration.ofDays(7));
            pool.admit(provider.tenantId(), authority, "公示期满");
            return applications.admitted(submitted.getId());
        });
        assertThatThrownBy(() -> as(Role.REVIEWER, authority, "r",
                () -> applications.sanction(submitted.getId(), SanctionKind.SUSPEND, "违约")))
                .satisfies(e -> assertThat(keys(e)).containsExactly("sanction:" + PoolApplications.MANAGERS_DECIDE));
        assertThatThrownBy(() -> as(Role.PROGRAMME_MANAGER, authority, "pm",
                () -> applications.sanction(submitted.getId(), SanctionKind.SUSPEND, "")))
                .satisfies(e -> assertThat(keys(e)).containsExactly("reason:validation.required"));

        Sanction sanction = as(Role.PROGRAMME_MANAGER, authority, "pm",
                () -> applications.sanction(submitted.getId(), SanctionKind.SUSPEND, "交付逾期"));
        fixture.asAdmin(provider, () -> applications.appeal(submitted.getId(), sanction.id(), "逾期系客户原因"));
        assertThatThrownBy(() -> fixture.asAdmin(provider, () -> applications.appeal(submitted.getId(), sanction.id(), "再次申诉")))
                .satisfies(e -> assertThat(keys(e)).containsExactly("appeal:" + PoolApplications.APPEAL_NOT_OPEN));
        assertThatThrownBy(() -> as(Role.PROGRAMME_MANAGER, authority, "pm",
                () -> applications.decideAppeal(submitted.getId(), sanction.id(), true, null)))
                .satisfies(e -> assertThat(keys(e)).containsExactly("reason:validation.required"));
        Sanction decided = as(Role.PROGRAMME_MANAGER, authority, "pm",
                () -> applications.decideAppeal(submitted.getId(), sanction.id(), true, "理由成立"));
        assertThat(decided.appeal()).isEqualTo(AppealState.GRANTED);
    }

    @Test
    void only_the_process_opens_the_notice_or_admits() {
        PoolApplication submitted = fixture.submit(provider, authority);
        assertThatThrownBy(() -> as(Role.PROGRAMME_MANAGER, authority, "pm", () -> applications.admitted(submitted.getId())))
                .satisfies(e -> assertThat(keys(e)).containsExactly("application:" + PoolApplications.PROCESS_DECIDES));
    }
}
