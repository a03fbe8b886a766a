package org.uplift.ui.assessment.result;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.uplift.assessment.benchmark.Comparison;
import org.uplift.assessment.benchmark.PeerBenchmarks;
import org.uplift.organisation.CompanyProfiles;

/**
 * The peers an SME compares with: the closest of its segments that has enough peers (industry, then
 * size class, then district, then all SMEs); when none has, the reason for "all", the widest.
 */
@Component
class PeerBaseline {

    /** The segment chosen and what it offers: statistics, or why there are none. */
    record Baseline(String segment, Comparison comparison) {
    }

    private final PeerBenchmarks benchmarks;
    private final CompanyProfiles profiles;

    PeerBaseline(PeerBenchmarks benchmarks, CompanyProfiles profiles) {
        this.benchmarks = benchmarks;
        this.profiles = profiles;
    }

    Baseline of(String frameworkId, String version) {
        Baseline widest = null;
        for (String segment : closestFirst(PeerBenchmarks.segmentsOf(profiles.current()))) {
            Comparison comparison = benchmarks.comparison(frameworkId, version, segment);
            widest = new Baseline(segment, comparison);
            if (comparison instanceof Comparison.Available) {
                return widest;
            }
        }
        return widest;
    }

    /** segmentsOf lists "all" first; here it comes last. */
    static List<String> closestFirst(List<String> segments) {
        List<String> ordered = new ArrayList<>(segments);
        ordered.remove(PeerBenchmarks.ALL);
        ordered.add(PeerBenchmarks.ALL);
        return ordered;
    }
}
