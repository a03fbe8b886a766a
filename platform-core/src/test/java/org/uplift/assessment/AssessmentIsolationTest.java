package org.uplift.assessment;

import org.uplift.identity.TestActors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.tenancy.TenantIsolationContract;

@SpringBootTest
class AssessmentIsolationTest extends TenantIsolationContract {

    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentRepository repository;
    @Autowired
    DraftWrites writes;

    @Override
    public String create() {
        return TestActors.asOwner("owner", () -> assessments.start()).getId();
    }

    @Override
    public Optional<?> read(String id) {
        return assessments.find(id);
    }

    @Override
    public List<String> listIds() {
        return assessments.history().stream().map(Assessment::getId).toList();
    }

    @Override
    public void change(String id) {
        TestActors.asOwner("intruder", () -> assessments.saveAnswer(id, "Q1", List.of("E")));
    }

    @Override
    public void delete(String id) {
        repository.deleteById(id);
    }

    @Test
    void the_atomic_autosave_cannot_reach_another_tenants_draft() {
        String id = tenants.asA(this::create);
        Object before = tenants.asA(() -> snapshot(id));
        assertThatThrownBy(() -> tenants.asB(() -> writes.set(id, "answers.Q1", List.of("E"))))
                .hasMessageContaining(Assessments.NOT_DRAFT);
        assertThat(tenants.asA(() -> snapshot(id))).isEqualTo(before);
    }
}
