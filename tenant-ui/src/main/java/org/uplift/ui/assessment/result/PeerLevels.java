package org.uplift.ui.assessment.result;

import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * How the peers of the chosen segment spread over the levels (none, 一级 … 四级), with the SME's own
 * level marked. Only built when the segment shows its level distribution (k-anonymity holds).
 */
class PeerLevels extends Div {

    PeerLevels(Map<Integer, Long> levels, Optional<Integer> ownLevel) {
        setId("peer-levels");
        getStyle().set("margin-top", "var(--lumo-space-m)");
        add(new H4(getTranslation("result.peerLevels.title")));
        long peers = levels.values().stream().mapToLong(Long::longValue).sum();
        for (int level = 0; level <= 4; level++) {
            long count = levels.getOrDefault(level, 0L);
            var name = new Span(getTranslation(Texts.levelKey(level)));
            var value = new Span(getTranslation("result.peerLevels.count", count));
            value.setId("peer-level-" + level);
            value.addClassName("uplift-muted");
            var row = new Div(name, new Span("　"), value);
            if (ownLevel.isPresent() && ownLevel.get() == level) {
                var own = new Span(getTranslation("result.peerLevels.own"));
                own.getElement().getThemeList().add("badge success small");
                own.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
                row.add(own);
            }
            add(row, new ProgressBar(0, Math.max(1, peers), count));
        }
    }
}
