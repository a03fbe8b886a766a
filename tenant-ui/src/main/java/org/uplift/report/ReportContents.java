package org.uplift.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.benchmark.Comparison;
import org.uplift.assessment.benchmark.PeerBenchmarks;
import org.uplift.assessment.benchmark.Segment;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.gap.Gap;
import org.uplift.assessment.gap.GapAnalysis;
import org.uplift.assessment.scoring.Score;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.Organisations;
import org.uplift.workflows.maturity.MaturityLevels;

/** Gathers a report's content for an assessment of the current tenant, as the result page computes it. */
@Component
class ReportContents {

    private final Assessments assessments;
    private final Organisations organisations;
    private final CompanyProfiles profiles;
    private final MaturityLevels levels;
    private final PeerBenchmarks benchmarks;
    private final Clock clock;

    ReportContents(Assessments assessments, Organisations organisations, CompanyProfiles profiles,
            MaturityLevels levels, PeerBenchmarks benchmarks, Clock clock) {
        this.assessments = assessments;
        this.organisations = organisations;
        this.profiles = profiles;
        this.levels = levels;
        this.benchmarks = benchmarks;
        this.clock = clock;
    }

    /** Empty for an unknown id, another tenant's assessment (the tenancy filter hides it) or a draft. */
    Optional<ReportContent> of(String assessmentId) {
        return submitted(assessmentId).map(assessment -> {
            Framework framework = assessments.framework(assessment);
            Score score = Scoring.score(framework, assessment.toAnswers());
            Integer level = level(assessment, score);
            Optional<Gap> gap = level == null ? Optional.empty()
                    : GapAnalysis.toNextLevel(framework, assessment.toAnswers(), score, level,
                            levels.thresholds(framework.id(), framework.version()));
            Optional<ReportContent.Previous> previous = submitted(assessment.getPreviousAssessmentId())
                    .map(t0 -> new ReportContent.Previous(t0, level(t0, Scoring.score(assessments.framework(t0),
                            t0.toAnswers()))));
            return new ReportContent(organisations.current().getName(), assessment, framework, level, gap,
                    peers(framework), previous, clock.instant());
        });
    }

    private Optional<Assessment> submitted(String id) {
        return id == null ? Optional.empty() : assessments.find(id).filter(a -> !a.isDraft());
    }

    /** The recorded level once published; until then (or if none was recorded) the same decision table's answer. */
    private Integer level(Assessment assessment, Score score) {
        return assessment.getLevel() != null ? assessment.getLevel()
                : levels.level(assessment.getFrameworkId(), assessment.getFrameworkVersion(), score).orElse(null);
    }

    /** The closest peers with enough members: industry, then size, then district, then all SMEs. */
    private ReportContent.Peers peers(Framework framework) {
        List<Segment> segments = new ArrayList<>(Segment.of(profiles.current()));
        segments.remove(Segment.ALL);
        for (Segment segment : segments) {
            Comparison comparison = benchmarks.comparison(framework.id(), framework.version(), segment);
            if (comparison instanceof Comparison.Available) {
                return new ReportContent.Peers(segment, comparison);
            }
        }
        return new ReportContent.Peers(Segment.ALL,
                benchmarks.comparison(framework.id(), framework.version(), Segment.ALL));
    }
}
