package org.uplift.assessment.sharing;

import org.uplift.identity.Role;
import org.uplift.identity.TestActors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.organisation.TestProviders;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;

/** An SME shares an assessment with a provider: who sees it, for how long, and who can change what. */
@SpringBootTest
@RecordApplicationEvents
class AssessmentSharingTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentShares shares;
    @Autowired
    SharedAssessments shared;
    @Autowired
    ApplicationEvents events;

    Sme sme;
    Provider provider;
    String assessmentId;

    @BeforeEach
    void anSmeWithAnAssessmentAndAProvider() {
        sme = new TestSmes(context).register();
        provider = new TestProviders(context).register();
        assessmentId = asSme(sme, () -> TestActors.asOwner(owner(sme), () -> assessments.start()).getId());
    }

    static String owner(Sme sme) {
        return sme.owner().userId();
    }

    static <T> T asSme(Sme sme, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(sme.tenantId(), work);
    }

    /** In the provider's tenant, as its consultant (the role that reads and diagnoses shared assessments). */
    static <T> T asProvider(Provider provider, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(provider.tenantId(),
                () -> TestActors.as(Role.PROVIDER_CONSULTANT, provider.consultant().userId(), work));
    }

    AssessmentShare share(boolean invite) {
        return asSme(sme, () -> TestActors.asOwner(owner(sme), () -> shares.share(assessmentId, provider.tenantId(), invite)));
    }

    void revoke() {
        TenantContext.runAs(sme.tenantId(), () -> TestActors.asOwner(owner(sme), () -> shares.revoke(assessmentId, provider.tenantId())));
    }

    static String messageKeyOf(Throwable thrown) {
        return ((InputRejectedException) thrown).violations().get(0).messageKey();
    }

    @Test
    void the_provider_reads_a_shared_assessment_with_its_framework_and_the_smes_name() {
        share(false);

        SharedAssessment read = asProvider(provider, () -> shared.find(assessmentId)).orElseThrow();

        assertThat(read.assessment().getId()).isEqualTo(assessmentId);
        assertThat(read.assessment().getTenantId()).isEqualTo(sme.tenantId());
        assertThat(read.framework().id()).isEqualTo(Assessments.MIIT);
        assertThat(read.smeName()).isEqualTo(sme.name());
        assertThat(asProvider(provider, shared::list)).extracting(s -> s.assessment().getId()).containsExactly(assessmentId);
        assertThat(asSme(sme, () -> shares.sharesOf(assessmentId))).extracting(AssessmentShare::getProviderTenantId)
                .containsExactly(provider.tenantId());
    }

    @Test
    void nothing_is_shared_until_the_sme_shares_it() {
        assertThat(asProvider(provider, () -> shared.find(assessmentId))).isEmpty();
        assertThat(asProvider(provider, shared::list)).isEmpty();
    }

    @Test
    void after_revocation_the_provider_finds_nothing_at_once() {
        share(false);
        assertThat(asProvider(provider, () -> shared.find(assessmentId))).isPresent();

        revoke();

        assertThat(asProvider(provider, () -> shared.find(assessmentId))).isEmpty();
        assertThat(asProvider(provider, shared::list)).isEmpty();
        assertThat(asSme(sme, () -> shares.sharesOf(assessmentId))).isEmpty();
        assertThat(events.stream(AssessmentShareRevoked.class)).containsExactly(
                new AssessmentShareRevoked(sme.tenantId(), assessmentId, provider.tenantId(), false));
    }

    @Test
    void sharing_again_after_a_revocation_restores_access_and_sharing_twice_keeps_one_share() {
        share(false);
        share(false);
        revoke();
        share(false);

        assertThat(asProvider(provider, shared::list)).hasSize(1);
        assertThat(asSme(sme, () -> shares.sharesOf(assessmentId))).hasSize(1);
    }

    @Test
    void another_provider_never_sees_it() {
        Provider other = new TestProviders(context).register();
        share(false);

        assertThat(asProvider(other, () -> shared.find(assessmentId))).isEmpty();
        assertThat(asProvider(other, shared::list)).isEmpty();
    }

    @Test
    void another_sme_can_neither_share_nor_revoke_it() {
        Sme other = new TestSmes(context).register();
        share(false);

        assertThatThrownBy(() -> asSme(other, () -> TestActors.asOwner(owner(other), () -> shares.share(assessmentId, provider.tenantId(), true))))
                .satisfies(e -> assertThat(messageKeyOf(e)).isEqualTo(Assessments.UNKNOWN));
        assertThatThrownBy(() -> TenantContext.runAs(other.tenantId(),
                () -> TestActors.asOwner(owner(other), () -> shares.revoke(assessmentId, provider.tenantId()))))
                .satisfies(e -> assertThat(messageKeyOf(e)).isEqualTo(AssessmentShares.NOT_SHARED));
        assertThat(asSme(other, () -> shares.sharesOf(assessmentId))).isEmpty();

        assertThat(asProvider(provider, () -> shared.find(assessmentId))).isPresent();
        assertThat(asSme(sme, () -> shares.sharesOf(assessmentId)).get(0).getDiagnosis())
                .isEqualTo(DiagnosisStatus.NOT_INVITED);
    }

    @Test
    void only_the_owner_shares_and_revokes() {
        assertThatThrownBy(() -> asSme(sme, () -> TestActors.asMember("member", () -> shares.share(assessmentId, provider.tenantId(), false))))
                .satisfies(e -> assertThat(messageKeyOf(e)).isEqualTo(AssessmentShares.OWNER_SHARES));
        share(false);
        assertThatThrownBy(() -> TenantContext.runAs(sme.tenantId(),
                () -> TestActors.asMember("member", () -> shares.revoke(assessmentId, provider.tenantId()))))
                .satisfies(e -> assertThat(messageKeyOf(e)).isEqualTo(AssessmentShares.OWNER_SHARES));
        assertThat(asProvider(provider, () -> shared.find(assessmentId))).isPresent();
    }

    @Test
    void an_assessment_is_shared_only_with_a_provider() {
        Sme other = new TestSmes(context).register();

        for (String notAProvider : new String[] {other.tenantId(), "pro-unknown", null}) {
            assertThatThrownBy(() -> asSme(sme, () -> TestActors.asOwner(owner(sme), () -> shares.share(assessmentId, notAProvider, false))))
                    .satisfies(e -> assertThat(messageKeyOf(e)).isEqualTo(AssessmentShares.UNKNOWN_PROVIDER));
        }
        assertThat(asSme(sme, () -> shares.sharesOf(assessmentId))).isEmpty();
    }

    @Test
    void the_provider_cannot_change_anything() {
        share(false);
        Assessment before = asSme(sme, () -> assessments.find(assessmentId).orElseThrow());

        assertThatThrownBy(() -> asProvider(provider, () -> TestActors.asOwner(provider.consultant().userId(), () -> assessments.saveAnswer(assessmentId, "Q1", List.of("E"))))).isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> asProvider(provider, () -> shared.saveDiagnosisNotes(assessmentId,
                Map.of("D1", "改一下"))))
                .satisfies(e -> assertThat(messageKeyOf(e)).isEqualTo(SharedAssessments.NOT_OPEN));
        assertThatThrownBy(() -> TenantContext.runAs(provider.tenantId(),
                () -> TestActors.asOwner(provider.admin().userId(), () -> shares.revoke(assessmentId, provider.tenantId()))))
                .satisfies(e -> assertThat(messageKeyOf(e)).isEqualTo(AssessmentShares.NOT_SHARED));
        assertThatThrownBy(() -> asProvider(provider, () -> TestActors.asOwner(provider.admin().userId(), () -> shares.share(assessmentId, provider.tenantId(), true)))).isInstanceOf(InputRejectedException.class);

        Assessment after = asSme(sme, () -> assessments.find(assessmentId).orElseThrow());
        assertThat(after.toString()).isEqualTo(before.toString());
        assertThat(after.getDiagnosis()).isNull();
        assertThat(asProvider(provider, () -> shared.find(assessmentId))).isPresent();
    }

    @Test
    void inviting_to_diagnose_announces_it_and_only_one_provider_can_be_invited() {
        Provider other = new TestProviders(context).register();

        assertThat(share(true).getDiagnosis()).isEqualTo(DiagnosisStatus.INVITED);
        assertThat(events.stream(DiagnosisInvited.class)).containsExactly(
                new DiagnosisInvited(sme.tenantId(), assessmentId, provider.tenantId()));

        share(true);
        assertThat(events.stream(DiagnosisInvited.class)).hasSize(1);
        assertThatThrownBy(() -> asSme(sme, () -> TestActors.asOwner(owner(sme), () -> shares.share(assessmentId, other.tenantId(), true))))
                .satisfies(e -> assertThat(messageKeyOf(e)).isEqualTo(AssessmentShares.OTHER_PROVIDER_INVITED));
        // the other provider may still read it, without an invitation
        assertThat(asSme(sme, () -> TestActors.asOwner(owner(sme), () -> shares.share(assessmentId, other.tenantId(), false)))
                .getDiagnosis()).isEqualTo(DiagnosisStatus.NOT_INVITED);
    }

    @Test
    void while_the_diagnosis_is_open_the_provider_writes_notes_the_sme_reads() {
        share(true);
        assertThat(asSme(sme, () -> shares.diagnosisOpened(assessmentId, provider.tenantId()))).isTrue();

        asProvider(provider, () -> shared.saveDiagnosisNotes(assessmentId,
                Map.of("D1", "  设备联网率偏低，建议先上MES。 ", "D3", " ")));

        var diagnosis = asSme(sme, () -> assessments.find(assessmentId).orElseThrow()).getDiagnosis();
        assertThat(diagnosis.notes()).containsExactly(Map.entry("D1", "设备联网率偏低，建议先上MES。"));
        assertThat(diagnosis.providerTenantId()).isEqualTo(provider.tenantId());
        assertThat(diagnosis.diagnosedBy()).isEqualTo(provider.consultant().userId());
        assertThat(diagnosis.isCompleted()).isFalse();
    }

    @Test
    void only_the_providers_consultants_write_diagnosis_notes() {
        share(true);
        asSme(sme, () -> shares.diagnosisOpened(assessmentId, provider.tenantId()));

        assertThatThrownBy(() -> TenantContext.runAs(provider.tenantId(), () -> TestActors.as(Role.PROVIDER_ADMIN,
                provider.admin().userId(), () -> shared.saveDiagnosisNotes(assessmentId, Map.of("D1", "管理员代写")))))
                .satisfies(e -> assertThat(messageKeyOf(e)).isEqualTo(SharedAssessments.CONSULTANTS_WRITE));

        assertThat(asSme(sme, () -> assessments.find(assessmentId).orElseThrow()).getDiagnosis()).isNull();
    }

    @Test
    void notes_name_the_frameworks_dimensions_and_stay_short() {
        share(true);
        asSme(sme, () -> shares.diagnosisOpened(assessmentId, provider.tenantId()));

        assertThatThrownBy(() -> asProvider(provider, () -> shared.saveDiagnosisNotes(assessmentId,
                Map.of("DX", "?", "D1", "x".repeat(SharedAssessments.MAX_NOTE_LENGTH + 1)))))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + " " + v.messageKey()).containsExactlyInAnyOrder(
                                "diagnosis.DX " + SharedAssessments.UNKNOWN_DIMENSION,
                                "diagnosis.D1 " + SharedAssessments.NOTE_TOO_LONG));
        assertThat(asSme(sme, () -> assessments.find(assessmentId).orElseThrow()).getDiagnosis()).isNull();
    }

    @Test
    void no_notes_before_the_diagnosis_opens_after_it_is_completed_or_after_a_revocation() {
        share(true);
        assertThatThrownBy(() -> asProvider(provider, () -> shared.saveDiagnosisNotes(assessmentId, Map.of("D1", "早"))))
                .satisfies(e -> assertThat(messageKeyOf(e)).isEqualTo(SharedAssessments.NOT_OPEN));

        asSme(sme, () -> shares.diagnosisOpened(assessmentId, provider.tenantId()));
        asProvider(provider, () -> shared.saveDiagnosisNotes(assessmentId, Map.of("D1", "定稿")));
        assertThat(asSme(sme, () -> shares.diagnosisCompleted(assessmentId, provider.tenantId()))).isTrue();

        assertThatThrownBy(() -> asProvider(provider, () -> shared.saveDiagnosisNotes(assessmentId, Map.of("D1", "晚"))))
                .satisfies(e -> assertThat(messageKeyOf(e)).isEqualTo(SharedAssessments.NOT_OPEN));
        var diagnosis = asSme(sme, () -> assessments.find(assessmentId).orElseThrow()).getDiagnosis();
        assertThat(diagnosis.notes()).containsEntry("D1", "定稿");
        assertThat(diagnosis.isCompleted()).isTrue();
    }

    @Test
    void revoking_an_open_diagnosis_withdraws_it_and_stops_the_notes() {
        share(true);
        asSme(sme, () -> shares.diagnosisOpened(assessmentId, provider.tenantId()));

        revoke();

        assertThat(events.stream(AssessmentShareRevoked.class)).containsExactly(
                new AssessmentShareRevoked(sme.tenantId(), assessmentId, provider.tenantId(), true));
        assertThatThrownBy(() -> asProvider(provider, () -> shared.saveDiagnosisNotes(assessmentId, Map.of("D1", "x"))))
                .satisfies(e -> assertThat(messageKeyOf(e)).isEqualTo(SharedAssessments.NOT_OPEN));
        assertThat(asSme(sme, () -> shares.diagnosisOpened(assessmentId, provider.tenantId()))).isFalse();
    }

    @Test
    void the_result_once_published_is_too_late_for_an_invitation() {
        Sme published = new TestSmes(context).register();
        String id = asSme(published, () -> {
            String started = TestActors.asOwner(owner(published), () -> assessments.start()).getId();
            TestActors.asOwner(owner(published), () -> assessments.submit(started));
            assessments.recordLevel(started, 0);
            return started;
        });

        assertThatThrownBy(() -> asSme(published, () -> TestActors.asOwner(owner(published), () -> shares.share(id, provider.tenantId(), true))))
                .satisfies(e -> assertThat(messageKeyOf(e)).isEqualTo(AssessmentShares.TOO_LATE_TO_INVITE));
        assertThat(asSme(published, () -> TestActors.asOwner(owner(published), () -> shares.share(id, provider.tenantId(), false)))
                .isActive()).isTrue();
    }
}
