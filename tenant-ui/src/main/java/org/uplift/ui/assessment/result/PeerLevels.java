package org.uplift.ui.assessment.result;

import java.util.Map;
import java.util.Optional;

import org.uplift.assessment.benchmark.PeerBenchmarks;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * How the peers of the chosen segment spread over the levels (none, 一级 … 四级), with the SME's own
 * level marked. Only built when the segment shows its level distribution; a level the statistics leave out
 * (fewer than K SMEs, see {@code SegmentStatistics#levels}) says "not shown" instead of a count.
 */
class PeerLevels extends Div {

    PeerLevels(Map<Integer, Long> levels, Optional<Integer> ownLevel) {
        setId("peer-levels");
        getStyle().set("margin-top", "var(--lumo-space-m)");
        add(new H4(getTranslation("result.peerLevels.title")));
        long peers = levels.values().stream().mapToLong(Long::longValue).sum();
        boolean anyHidden = false;
        for (int level = 0; level <= 4; level++) {
            Long count = levels.get(level);
            anyHidden |= count == null;
            var name = new Span(getTranslation(Texts.levelKey(level)));
            var value = new Span(count == null ? getTranslation("result.peerLevels.hidden")
                    : getTranslation("result.peerLevels.count", count));
            value.setId("peer-level-" + level);
            value.addClassName("uplift-muted");
            var row = new Div(name, new Span("　"), value);
            if (ownLevel.isPresent() && ownLevel.get() == level) {
                var own = new Span(getTranslation("result.peerLevels.own"));
                own.getElement().getThemeList().add("badge success small");
                own.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
                row.add(own);
            }
            add(row, new ProgressBar(0, Math.max(1, peers), count == null ? 0 : count));
        }
        if (anyHidden) {
            var note = new Span(getTranslation("result.peerLevels.hiddenNote", PeerBenchmarks.K));
            note.setId("peer-levels-hidden");
            note.addClassName("uplift-muted");
            add(note);
        }
    }
}
