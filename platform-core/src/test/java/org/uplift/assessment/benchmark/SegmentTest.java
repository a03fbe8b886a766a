package org.uplift.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.uplift.organisation.SizeClass;

class SegmentTest {

    @Test
    void segments_print_and_parse_back() {
        for (Segment segment : java.util.List.of(Segment.ALL, Segment.industry("C34"), Segment.size(SizeClass.SMALL),
                Segment.district("330110"))) {
            assertThat(Segment.parse(segment.toString())).isEqualTo(segment);
        }
        assertThat(Segment.industry("C34")).hasToString("industry:C34");
        assertThat(Segment.size(SizeClass.MEDIUM)).hasToString("size:MEDIUM");
        assertThat(Segment.ALL).hasToString("all");
    }

    @Test
    void malformed_segments_are_refused() {
        assertThatThrownBy(() -> Segment.parse("industry")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Segment.parse("colour:red")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Segment.parse("district:")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Segment.industry("C3.4")).isInstanceOf(IllegalArgumentException.class);
    }
}
