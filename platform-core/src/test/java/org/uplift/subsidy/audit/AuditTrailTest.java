package org.uplift.subsidy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.uplift.subsidy.TestProgrammes;
import org.uplift.tenancy.TenantContext;

/** The chain is tampered with directly in MongoDB, as someone with database access would. */
@SpringBootTest
class AuditTrailTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    MongoTemplate mongo;

    final String authority = "authority-" + UUID.randomUUID();
    final String subject = "programme:" + UUID.randomUUID();

    <T> T asAuthority(Supplier<T> work) {
        return TenantContext.callAs(authority, () -> TestProgrammes.asManager(work));
    }

    @BeforeEach
    void fiveRecords() {
        for (int i = 1; i <= 5; i++) {
            int n = i;
            asAuthority(() -> audit.append(subject, "STEP_" + n, "before " + n, "after " + n, "reason " + n));
        }
    }

    Query record(int seq) {
        return Query.query(Criteria.where("_id").is(AuditRecord.id(subject, seq)));
    }

    @Test
    void an_untouched_chain_verifies() {
        AuditVerification verification = asAuthority(() -> audit.verify(subject));
        assertThat(verification.intact()).as(verification.problems().toString()).isTrue();
        assertThat(verification.records()).isEqualTo(5);
        assertThat(verification.problem()).isNull();
        assertThat(verification.atSequence()).isNull();
    }

    @Test
    void a_changed_record_is_found() {
        mongo.updateFirst(record(3), new Update().set("after", "forged"), AuditRecord.class);
        AuditVerification verification = asAuthority(() -> audit.verify(subject));
        assertThat(verification.problems()).anyMatch(p -> p.startsWith("record 3"));
        assertThat(verification.problem()).isEqualTo(AuditVerification.Problem.CHANGED);
        assertThat(verification.atSequence()).isEqualTo(3);
    }

    @Test
    void a_changed_record_with_a_recomputed_hash_breaks_the_next_link() {
        AuditRecord original = mongo.findOne(record(3), AuditRecord.class);
        AuditRecord forged = new AuditRecord(subject, 3, original.getOwnerTenantId(), "someone else",
                original.getActorTenantId(), original.getAt(), original.getAction(), original.getBefore(), "forged",
                original.getReason(), original.getPreviousHash());
        mongo.save(forged);
        AuditVerification verification = asAuthority(() -> audit.verify(subject));
        assertThat(verification.problems()).anyMatch(p -> p.startsWith("record 4"));
        assertThat(verification.problem()).isEqualTo(AuditVerification.Problem.CHANGED);
        assertThat(verification.atSequence()).isEqualTo(3);
    }

    @Test
    void a_deleted_record_is_found() {
        mongo.remove(record(2), AuditRecord.class);
        AuditVerification verification = asAuthority(() -> audit.verify(subject));
        assertThat(verification.intact()).isFalse();
        assertThat(verification.problem()).isEqualTo(AuditVerification.Problem.DELETED);
        assertThat(verification.atSequence()).isEqualTo(2);
    }

    @Test
    void deleting_the_last_records_is_found() {
        mongo.remove(record(5), AuditRecord.class);
        mongo.remove(record(4), AuditRecord.class);
        AuditVerification verification = asAuthority(() -> audit.verify(subject));
        assertThat(verification.problems()).anyMatch(p -> p.startsWith("head"));
        assertThat(verification.problem()).isEqualTo(AuditVerification.Problem.DELETED);
        assertThat(verification.atSequence()).isEqualTo(4);
    }

    @Test
    void an_inserted_record_is_found() {
        AuditRecord third = mongo.findOne(record(3), AuditRecord.class);
        mongo.remove(record(5), AuditRecord.class);
        mongo.save(new AuditRecord(subject, 5, third.getOwnerTenantId(), "intruder", third.getActorTenantId(),
                third.getAt(), "INSERTED", null, null, null, mongo.findOne(record(4), AuditRecord.class).getHash()));
        assertThat(asAuthority(() -> audit.verify(subject)).intact()).isFalse();
    }

    @Test
    void a_well_formed_record_appended_after_the_head_is_found_as_inserted() {
        AuditRecord fifth = mongo.findOne(record(5), AuditRecord.class);
        mongo.insert(new AuditRecord(subject, 6, fifth.getOwnerTenantId(), "intruder", fifth.getActorTenantId(),
                fifth.getAt(), "APPROVED", "A", "B", null, fifth.getHash()));
        AuditVerification verification = asAuthority(() -> audit.verify(subject));
        assertThat(verification.records()).isEqualTo(6);
        assertThat(verification.problem()).isEqualTo(AuditVerification.Problem.INSERTED);
        assertThat(verification.atSequence()).isEqualTo(6);
    }

    @Test
    void a_record_numbered_before_the_first_is_found_as_inserted() {
        AuditRecord first = mongo.findOne(record(1), AuditRecord.class);
        mongo.insert(new AuditRecord(subject, 0, first.getOwnerTenantId(), "intruder", first.getActorTenantId(),
                first.getAt(), "APPROVED", null, null, null, AuditHash.GENESIS));
        AuditVerification verification = asAuthority(() -> audit.verify(subject));
        assertThat(verification.problem()).isEqualTo(AuditVerification.Problem.INSERTED);
        assertThat(verification.atSequence()).isZero();
    }

    @Test
    void a_party_named_by_the_calling_service_reads_and_verifies_the_chain() {
        String party = "sme-" + UUID.randomUUID();
        var records = TenantContext.callAs(party, () -> TestProgrammes.asManager(
                () -> audit.recordsAsParty(subject, java.util.Set.of(party))));
        assertThat(records).extracting(AuditRecord::getAction)
                .containsExactly("STEP_1", "STEP_2", "STEP_3", "STEP_4", "STEP_5");
        assertThat(TenantContext.callAs(party, () -> TestProgrammes.asManager(
                () -> audit.verifyAsParty(subject, java.util.Set.of(party)))).intact()).isTrue();
    }

    @Test
    void a_tenant_not_named_as_party_reads_nothing_of_the_chain() {
        assertThat(TenantContext.callAs("someone-else", () -> TestProgrammes.asManager(
                () -> audit.recordsAsParty(subject, java.util.Set.of("sme-x"))))).isEmpty();
    }

    @Test
    void another_tenant_reads_nothing_of_the_chain() {
        assertThat(TenantContext.callAs("someone-else", () -> TestProgrammes.asManager(() -> audit.records(subject))))
                .isEmpty();
    }
}
