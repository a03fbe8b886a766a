package org.uplift.assessment.benchmark;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;

/**
 * One SME's contribution to a framework version's benchmarks: scores in hundredths (histogram buckets), the
 * level once published, the segments it belongs to, and whether an authority vouched for the SME.
 */
record ContributionState(String assessmentId, Date submittedAt, long total, Map<String, Long> dimensions,
        Integer level, List<String> segments, boolean vouched) {

    ContributionState {
        dimensions = Map.copyOf(dimensions);
        segments = List.copyOf(segments);
    }

    /** The segments it counts in: none unless vouched for. */
    List<String> counted() {
        return vouched ? segments : List.of();
    }

    ContributionState withLevel(Integer level) {
        return new ContributionState(assessmentId, submittedAt, total, dimensions, level, segments, vouched);
    }

    ContributionState withVouched(boolean vouched) {
        return new ContributionState(assessmentId, submittedAt, total, dimensions, level, segments, vouched);
    }

    Document toDocument() {
        return new Document("assessmentId", assessmentId).append("submittedAt", submittedAt).append("total", total)
                .append("dimensions", new Document(new TreeMap<>(dimensions))).append("level", level)
                .append("segments", segments).append("vouched", vouched);
    }

    static ContributionState of(Document stored) {
        if (stored == null) {
            return null;
        }
        Map<String, Long> dimensions = new TreeMap<>();
        stored.get("dimensions", Document.class).forEach((k, v) -> dimensions.put(k, ((Number) v).longValue()));
        Object level = stored.get("level");
        return new ContributionState(stored.getString("assessmentId"), stored.getDate("submittedAt"),
                ((Number) stored.get("total")).longValue(), dimensions,
                level == null ? null : ((Number) level).intValue(), stored.getList("segments", String.class),
                stored.getBoolean("vouched", false));
    }
}
