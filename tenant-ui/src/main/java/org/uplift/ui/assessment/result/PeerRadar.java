package org.uplift.ui.assessment.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.uplift.assessment.benchmark.Comparison;
import org.uplift.assessment.benchmark.Distribution;
import org.uplift.assessment.benchmark.Segment;
import org.uplift.assessment.benchmark.SegmentStatistics;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.organisation.DistrictCatalog;
import org.uplift.organisation.IndustryCatalog;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The SME's dimensions as a share of their maxima on a radar, overlaid with the previous assessment's
 * (T0) and the median of the peers' scores; without enough peers, the reason instead of their series.
 */
class PeerRadar extends Div {

    private final RadarChart chart = new RadarChart();

    PeerRadar(Framework framework, Map<String, BigDecimal> scores, Optional<Map<String, BigDecimal>> previous,
            PeerBaseline.Baseline baseline) {
        addClassName("uplift-card");
        chart.setId("radar-chart");
        List<Dimension> dimensions = framework.dimensions();
        List<RadarChart.Indicator> indicators = dimensions.stream()
                .map(d -> new RadarChart.Indicator(Texts.of(getLocale(), d.nameZh(), d.nameEn()), 100)).toList();
        List<RadarChart.Series> series = new ArrayList<>();
        series.add(new RadarChart.Series(getTranslation("result.radar.own"), percents(framework, scores)));
        previous.ifPresent(t0 -> series.add(new RadarChart.Series(getTranslation("result.radar.previous"),
                percents(framework, t0))));
        add(new H3(getTranslation("result.radar.title")), chart);
        Paragraph note;
        if (baseline.comparison() instanceof Comparison.Available available) {
            series.add(new RadarChart.Series(getTranslation("result.radar.peers"), medians(framework,
                    available.statistics())));
            note = new Paragraph(getTranslation("result.peers.segment", segmentName(baseline.segment()),
                    available.statistics().count()));
            note.setId("peer-segment");
        } else {
            var tooFew = (Comparison.TooFewPeers) baseline.comparison();
            note = new Paragraph(getTranslation("result.peers.tooFew", tooFew.required(),
                    segmentName(baseline.segment())));
            note.setId("peer-reason");
        }
        note.addClassName("uplift-muted");
        add(note);
        chart.setData(indicators, series);
    }

    private static List<Double> percents(Framework framework, Map<String, BigDecimal> scores) {
        return framework.dimensions().stream().map(d -> Texts.percent(framework, d, scores.get(d.key()))).toList();
    }

    private static List<Double> medians(Framework framework, SegmentStatistics statistics) {
        return framework.dimensions().stream().map(d -> Texts.percent(framework, d,
                Optional.ofNullable(statistics.dimensions().get(d.key())).map(Distribution::median).orElse(null)))
                .toList();
    }

    private String segmentName(Segment segment) {
        String value = segment.code();
        return switch (segment.kind()) {
            case ALL -> getTranslation("result.peers.all");
            case INDUSTRY -> getTranslation("result.peers.industry",
                    value + " " + IndustryCatalog.displayName(value, getLocale()));
            case DISTRICT -> getTranslation("result.peers.district", DistrictCatalog.displayName(value, getLocale()));
            case SIZE -> getTranslation("result.peers.size", getTranslation("size." + value));
        };
    }
}
