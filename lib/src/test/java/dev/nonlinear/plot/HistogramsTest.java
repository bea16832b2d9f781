package dev.nonlinear.plot;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class HistogramsTest {

    @Test
    void eachBinHoldsTheFractionOfValuesInIt() {
        Map<String, double[]> samples = new LinkedHashMap<>();
        samples.put("a", new double[]{-0.9, -0.8, 0.1, 0.9});
        var chart = Histograms.of("t", "x", samples, -1, 1, 4);       // bins [-1,-0.5) [-0.5,0) [0,0.5) [0.5,1]
        double[] y = chart.getSeriesMap().get("a").getYData();
        assertArrayEquals(new double[]{0.5, 0, 0.25, 0.25, 0.25}, y, 1e-12);
        assertArrayEquals(new double[]{-1, -0.5, 0, 0.5, 1}, chart.getSeriesMap().get("a").getXData(), 1e-12);
        assertEquals("t", chart.getTitle());
    }

    @Test
    void valuesOutsideTheRangeGoToTheEndBinsAndTheTitleSaysSo() {
        var chart = Histograms.of("t", "x", Map.of("a", new double[]{-5, 0.2, 7}), 0, 1, 2);
        assertArrayEquals(new double[]{2 / 3.0, 1 / 3.0, 1 / 3.0}, chart.getSeriesMap().get("a").getYData(), 1e-12);
        assertTrue(chart.getTitle().contains("2 values outside [0.0, 1.0]"), chart.getTitle());
        assertThrows(IllegalArgumentException.class, () -> Histograms.of("t", "x", Map.of(), 1, 1, 2));
    }
}
