package org.uplift.marketplace.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uplift.marketplace.TestPackages.content;
import static org.uplift.marketplace.TestPackages.scenario;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The version rules of a package, without storage. */
class SolutionPackageTest {

    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    final PackageContent first = content("质量管理系统", 5_800_000, scenario("SC07", 2));
    final PackageContent second = content("质量管理系统 专业版", 7_800_000, scenario("SC07", 3));

    @Test
    void a_new_package_is_a_draft_of_version_one() {
        SolutionPackage pkg = new SolutionPackage(first, "u1", T0);
        assertThat(pkg.getStatus()).isEqualTo(PackageStatus.DRAFT);
        assertThat(pkg.getDraftVersion()).isEqualTo(1);
        assertThat(pkg.getPublishedVersion()).isZero();
    }

    @Test
    void publishing_turns_the_draft_into_the_numbered_version() {
        SolutionPackage pkg = new SolutionPackage(first, "u1", T0);
        PublishedSolution v1 = pkg.publish("杭州云智", "admin", T0.plusSeconds(60));
        assertThat(v1.getVersion()).isEqualTo(1);
        assertThat(v1.getContent()).isEqualTo(first);
        assertThat(pkg.hasDraft()).isFalse();
        assertThat(pkg.getStatus()).isEqualTo(PackageStatus.PUBLISHED);
        assertThat(pkg.current()).isEqualTo(first);
    }

    @Test
    void editing_a_published_package_opens_the_next_version_and_keeps_the_published_one() {
        SolutionPackage pkg = new SolutionPackage(first, "u1", T0);
        pkg.publish("杭州云智", "admin", T0);
        pkg.edit(second, "u2", T0.plusSeconds(60));
        assertThat(pkg.getDraftVersion()).isEqualTo(2);
        assertThat(pkg.getPublished()).isEqualTo(first);
        assertThat(pkg.getStatus()).isEqualTo(PackageStatus.PUBLISHED);
        pkg.edit(second, "u2", T0.plusSeconds(120));
        assertThat(pkg.getDraftVersion()).as("a second save edits the same draft").isEqualTo(2);
        assertThat(pkg.publish("杭州云智", "admin", T0.plusSeconds(180)).getVersion()).isEqualTo(2);
    }

    @Test
    void discarding_the_draft_of_a_published_package_keeps_the_next_number_free() {
        SolutionPackage pkg = new SolutionPackage(first, "u1", T0);
        pkg.publish("杭州云智", "admin", T0);
        pkg.edit(second, "u2", T0);
        pkg.discardDraft("u2", T0);
        assertThat(pkg.hasDraft()).isFalse();
        assertThat(pkg.current()).isEqualTo(first);
        pkg.edit(second, "u2", T0);
        assertThat(pkg.getDraftVersion()).isEqualTo(2);
    }
}
