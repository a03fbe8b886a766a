package org.uplift.ui.assessment.result;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A radar chart drawn in the browser by Apache ECharts ({@code uplift-radar-chart.js}): one axis per
 * indicator, one polygon per series. The data goes to the browser as one JSON property.
 */
@Tag("uplift-radar-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./uplift-radar-chart.js")
public class RadarChart extends Component implements HasSize {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An axis, running from 0 to {@code max}. */
    public record Indicator(String name, double max) {
    }

    /** One polygon: a value per indicator, in the indicators' order. */
    public record Series(String name, List<Double> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    record Chart(List<Indicator> indicators, List<Series> series) {
    }

    private Chart chart = new Chart(List.of(), List.of());

    public RadarChart() {
        setWidthFull();
        setHeight("360px");
        getElement().getStyle().set("display", "block");
    }

    public void setData(List<Indicator> indicators, List<Series> series) {
        series.stream().filter(s -> s.values().size() != indicators.size()).findFirst().ifPresent(s -> {
            throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size() + " values for "
                    + indicators.size() + " indicators");
        });
        chart = new Chart(List.copyOf(indicators), List.copyOf(series));
        try {
            getElement().setProperty("chart", JSON.writeValueAsString(chart));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Indicator> getIndicators() {
        return chart.indicators();
    }

    public List<Series> getSeries() {
        return chart.series();
    }
}
