package org.uplift.ui.assessment.result;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.uplift.assessment.benchmark.Comparison;
import org.uplift.assessment.benchmark.PeerBenchmarks;
import org.uplift.assessment.benchmark.Segment;
import org.uplift.organisation.CompanyProfiles;

/**
 * The peers an SME compares with: the closest of its segments that has enough peers (industry, then
 * size class, then district, then all SMEs); when none has, the reason for "all", the widest.
 */
@Component
class PeerBaseline {

    /** The segment chosen and what it offers: statistics, or why there are none. */
    record Baseline(Segment segment, Comparison comparison) {
    }

    private final PeerBenchmarks benchmarks;
    private final CompanyProfiles profiles;

    PeerBaseline(PeerBenchmarks benchmarks, CompanyProfiles profiles) {
        this.benchmarks = benchmarks;
        this.profiles = profiles;
    }

    Baseline of(String frameworkId, String version) {
        Baseline widest = null;
        for (Segment segment : closestFirst(Segment.of(profiles.current()))) {
            Comparison comparison = benchmarks.comparison(frameworkId, version, segment);
            widest = new Baseline(segment, comparison);
            if (comparison instanceof Comparison.Available) {
                return widest;
            }
        }
        return widest;
    }

    /** Segment.of lists "all" first; here it comes last. */
    static List<Segment> closestFirst(List<Segment> segments) {
        List<Segment> ordered = new ArrayList<>(segments);
        ordered.remove(Segment.ALL);
        ordered.add(Segment.ALL);
        return ordered;
    }
}
