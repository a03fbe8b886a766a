package org.uplift.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.uplift.identity.Actor;
import org.uplift.identity.TestActors;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/** The one permission rule, on its own: assigned sections, owners, unassigned sections. */
class SectionPermissionTest {

    static final String TENANT = "sme";
    final Actor owner = TestActors.owner("olga", TENANT);
    final Actor alice = TestActors.member("alice", TENANT);
    final Actor bob = TestActors.member("bob", TENANT);

    static Assessment withAssignees(Map<String, String> assignees) {
        Assessment assessment = new Assessment();
        ReflectionTestUtils.setField(assessment, "sectionAssignees", new java.util.HashMap<>(assignees));
        return assessment;
    }

    @Test
    void an_assigned_section_is_its_assignees_and_the_owners_only() {
        Assessment draft = withAssignees(Map.of("D1", "alice"));
        assertThat(SectionPermission.mayEdit(alice, draft, "D1")).isTrue();
        assertThat(SectionPermission.mayEdit(owner, draft, "D1")).isTrue();
        assertThat(SectionPermission.mayEdit(bob, draft, "D1")).isFalse();
    }

    @Test
    void an_unassigned_section_is_anyones_in_the_team() {
        Assessment draft = withAssignees(Map.of("D1", "alice"));
        assertThat(SectionPermission.mayEdit(bob, draft, "D2")).isTrue();
    }

    @Test
    void a_refusal_names_the_field_and_the_section() {
        Assessment draft = withAssignees(Map.of("D1", "alice"));
        assertThatThrownBy(() -> SectionPermission.requireEdit(bob, draft, "D1", "answers.Q1"))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("answers.Q1", Assessments.NOT_YOUR_SECTION, "D1")));
    }

    @Test
    void only_owners_assign_submit_and_share() {
        assertThat(SectionPermission.mayAssign(owner)).isTrue();
        assertThat(SectionPermission.maySubmit(owner)).isTrue();
        assertThat(SectionPermission.mayShare(owner)).isTrue();
        assertThat(SectionPermission.mayAssign(alice)).isFalse();
        assertThat(SectionPermission.maySubmit(alice)).isFalse();
        assertThat(SectionPermission.mayShare(alice)).isFalse();
    }
}
