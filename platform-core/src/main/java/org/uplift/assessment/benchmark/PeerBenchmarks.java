package org.uplift.assessment.benchmark;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.AssessmentPublished;
import org.uplift.assessment.AssessmentSubmitted;
import org.uplift.assessment.Assessments;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.EnterpriseVouched;
import org.uplift.organisation.Vouches;
import org.uplift.tenancy.TenantContext;

/**
 * Peer statistics per framework version and {@link Segment}, at constant cost per submission and released under
 * a disclosure-control rule. This class turns the assessment events into contribution changes; storage and
 * exactly-once application are {@link ContributionChanges}, the per-segment histograms and releases
 * {@link SegmentAggregates}, the old format's migration {@link LegacyBenchmarkMigration}. Nothing grows with the
 * number of SMEs but the one contribution per SME and framework version.
 * <p>
 * <b>Disclosure control</b> (docs/architecture.md, Security): only SMEs an authority vouched for ({@link Vouches})
 * count; a segment's statistics are released as a snapshot only when it has at least {@link #K} such SMEs AND
 * at least {@link #K} distinct SMEs joined, left or changed in it since the previous release; readers only ever
 * see the snapshot; no count below {@link #K} is ever given out ({@link LevelSuppression}).
 */
@Service
public class PeerBenchmarks {

    /** k-anonymity: the fewest distinct vouched SMEs shown together, and the fewest changes between releases. */
    public static final int K = 5;

    private final Assessments assessments;
    private final CompanyProfiles profiles;
    private final Vouches vouches;
    private final ContributionChanges changes;
    private final SegmentAggregates aggregates;
    private final LegacyBenchmarkMigration migration;

    PeerBenchmarks(Assessments assessments, CompanyProfiles profiles, Vouches vouches, ContributionChanges changes,
            SegmentAggregates aggregates, LegacyBenchmarkMigration migration) {
        this.assessments = assessments;
        this.profiles = profiles;
        this.vouches = vouches;
        this.changes = changes;
        this.aggregates = aggregates;
        this.migration = migration;
    }

    @EventListener
    void on(AssessmentSubmitted event) {
        TenantContext.runAs(event.tenantId(), () -> {
            boolean vouched = vouches.isVouched(event.tenantId());
            List<String> segments = Segment.of(profiles.current()).stream().map(Segment::toString).toList();
            changes.change(event.frameworkId(), event.frameworkVersion(), from -> {
                Assessment assessment = assessments.find(event.assessmentId()).orElseThrow(() ->
                        new IllegalStateException("Submitted assessment " + event.assessmentId() + " is missing"));
                if (assessment.getTotalScore() == null || assessment.getSubmittedAt() == null) {
                    return from;
                }
                Date submittedAt = Date.from(assessment.getSubmittedAt());
                boolean same = from != null && from.assessmentId().equals(assessment.getId());
                if (from != null && !same && from.submittedAt().after(submittedAt)) {
                    return from; // a late word about an assessment a newer one replaced
                }
                Integer level = levelOf(assessment).orElse(same ? from.level() : null);
                return new ContributionState(assessment.getId(), submittedAt,
                        Histogram.bucket(assessment.getTotalScore()), hundredths(assessment.getDimensionScores()),
                        level, segments, vouched);
            });
            // A fast journey may have published before the contribution was recorded; its event then changed nothing.
            assessments.find(event.assessmentId()).flatMap(PeerBenchmarks::levelOf).ifPresent(level ->
                    setLevel(event.frameworkId(), event.frameworkVersion(), event.assessmentId(), level));
        });
    }

    @EventListener
    void on(AssessmentPublished event) {
        if (event.level() != null) {
            TenantContext.runAs(event.tenantId(), () -> setLevel(event.frameworkId(), event.frameworkVersion(),
                    event.assessmentId(), event.level()));
        }
    }

    /** An SME vouched for starts counting in the segments of every contribution it made. */
    @EventListener
    void on(EnterpriseVouched event) {
        TenantContext.runAs(event.tenantId(), () -> changes.changeEvery(from -> from == null ? null
                : from.withVouched(true)));
    }

    /** The segment's last released statistics, or that none are released. */
    public Comparison comparison(String frameworkId, String version, Segment segment) {
        return aggregates.comparison(frameworkId, version, segment);
    }

    /** The segment's released statistics, if any. */
    public Optional<SegmentStatistics> statistics(String frameworkId, String version, Segment segment) {
        return comparison(frameworkId, version, segment) instanceof Comparison.Available available
                ? Optional.of(available.statistics()) : Optional.empty();
    }

    /** Start-up: finish changes a stop interrupted, then migrate the old format. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        changes.finishInterrupted();
        migration.migrate();
    }

    private static Optional<Integer> levelOf(Assessment assessment) {
        return assessment.getStatus() == Assessment.Status.PUBLISHED ? Optional.ofNullable(assessment.getLevel())
                : Optional.empty();
    }

    private void setLevel(String frameworkId, String version, String assessmentId, int level) {
        changes.change(frameworkId, version, from -> from != null && from.assessmentId().equals(assessmentId)
                ? from.withLevel(level) : from);
    }

    private static Map<String, Long> hundredths(Map<String, BigDecimal> scores) {
        Map<String, Long> result = new TreeMap<>();
        scores.forEach((key, score) -> result.put(key, Histogram.bucket(score)));
        return result;
    }
}
