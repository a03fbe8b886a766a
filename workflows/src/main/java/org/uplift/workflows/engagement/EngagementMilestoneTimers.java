package org.uplift.workflows.engagement;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

/** The multi-instance collection and timer dates of the model, from the comma-separated {@code overdueAts}. */
@Component("engagementMilestoneTimers")
public class EngagementMilestoneTimers {

    /** One element per milestone: its index. */
    public List<Integer> indices(String overdueAts) {
        return IntStream.range(0, split(overdueAts).size()).boxed().toList();
    }

    /** When the milestone at this index becomes overdue, as an ISO-8601 instant. */
    public String at(String overdueAts, Integer index) {
        return split(overdueAts).get(index);
    }

    private static List<String> split(String overdueAts) {
        return Arrays.stream(overdueAts.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
