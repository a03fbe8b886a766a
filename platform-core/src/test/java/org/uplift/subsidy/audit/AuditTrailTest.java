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
    }

    @Test
    void a_changed_record_is_found() {
        mongo.updateFirst(record(3), new Update().set("after", "forged"), AuditRecord.class);
        assertThat(asAuthority(() -> audit.verify(subject)).problems()).anyMatch(p -> p.startsWith("record 3"));
    }

    @Test
    void a_changed_record_with_a_recomputed_hash_breaks_the_next_link() {
        AuditRecord original = mongo.findOne(record(3), AuditRecord.class);
        AuditRecord forged = new AuditRecord(subject, 3, original.getOwnerTenantId(), "someone else",
                original.getActorTenantId(), original.getAt(), original.getAction(), original.getBefore(), "forged",
                original.getReason(), original.getPreviousHash());
        mongo.save(forged);
        assertThat(asAuthority(() -> audit.verify(subject)).problems()).anyMatch(p -> p.startsWith("record 4"));
    }

    @Test
    void a_deleted_record_is_found() {
        mongo.remove(record(2), AuditRecord.class);
        assertThat(asAuthority(() -> audit.verify(subject)).intact()).isFalse();
    }

    @Test
    void deleting_the_last_records_is_found() {
        mongo.remove(record(5), AuditRecord.class);
        mongo.remove(record(4), AuditRecord.class);
        assertThat(asAuthority(() -> audit.verify(subject)).problems()).anyMatch(p -> p.startsWith("head"));
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
    void another_tenant_reads_nothing_of_the_chain() {
        assertThat(TenantContext.callAs("someone-else", () -> TestProgrammes.asManager(() -> audit.records(subject))))
                .isEmpty();
    }
}
