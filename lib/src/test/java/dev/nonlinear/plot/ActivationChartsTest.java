package dev.nonlinear.plot;

import dev.nonlinear.activation.Activations;
import dev.nonlinear.activation.LeakyReLU;
import dev.nonlinear.activation.ReLU;
import dev.nonlinear.activation.Sigmoid;
import dev.nonlinear.activation.Tanh;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ActivationChartsTest {

    @Test
    void aCardMarksFAndItsSlopeAtTwoAndMinusThree() {
        Sigmoid sigmoid = new Sigmoid();
        List<XYChart> charts = ActivationCharts.cardCharts(sigmoid, -5, 5);
        XYSeries f2 = charts.get(0).getSeriesMap().get("sigmoid(2) = 0.8808");
        XYSeries f3 = charts.get(0).getSeriesMap().get("sigmoid(-3) = 0.0474");
        assertNotNull(f2, charts.get(0).getSeriesMap().keySet().toString());
        assertNotNull(f3, charts.get(0).getSeriesMap().keySet().toString());
        assertEquals(sigmoid.apply(2), f2.getYData()[0], 0);
        assertEquals(-3, f3.getXData()[0], 0);
        assertEquals(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE, f2.getMarker(), "both dots show");
        assertEquals(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE, f3.getMarker());
        XYSeries d2 = charts.get(1).getSeriesMap().get("sigmoid′(2) = 0.1050");
        assertNotNull(d2, charts.get(1).getSeriesMap().keySet().toString());
        assertEquals(sigmoid.derivative(2), d2.getYData()[0], 0);
        assertEquals(XYSeries.XYSeriesRenderStyle.Scatter, d2.getXYSeriesRenderStyle(), "a dot, not a line");
        assertEquals(sigmoid.derivative(0.5), slopeAt(charts.get(1).getSeriesMap().get("sigmoid′"), 0.5), 1e-12);
    }

    private static double slopeAt(XYSeries series, double x) {
        double[] xs = series.getXData();
        for (int i = 0; i < xs.length; i++) {
            if (Math.abs(xs[i] - x) < 1e-9) {
                return series.getYData()[i];
            }
        }
        throw new AssertionError("no sample at " + x);
    }

    @Test
    void aCardIsTwoPanelsSideBySideForEveryActivation() {
        for (var f : Activations.allElementwise()) {
            BufferedImage card = ActivationCharts.card(f.name());
            assertEquals(2 * ActivationCharts.CARD_WIDTH + 8, card.getWidth(), f.name());
            assertEquals(ActivationCharts.CARD_HEIGHT, card.getHeight(), f.name());
        }
    }

    @Test
    void smallMultiplesShareTheirAxesAndShowZero() {
        var functions = List.of(new Sigmoid(), new Tanh(), new ReLU(), new LeakyReLU(0.1));
        List<XYChart> tiles = ActivationCharts.tileCharts(functions, -4, 4, false);
        assertEquals(4, tiles.size());
        for (XYChart tile : tiles) {
            assertEquals(-4, tile.getStyler().getXAxisMin(), 0);
            assertEquals(4, tile.getStyler().getXAxisMax(), 0);
            assertEquals(tiles.get(0).getStyler().getYAxisMin(), tile.getStyler().getYAxisMin(), 0);
            assertEquals(tiles.get(0).getStyler().getYAxisMax(), tile.getStyler().getYAxisMax(), 0);
            assertEquals(1, tile.getSeriesMap().size(), "one curve per tile");
        }
        assertTrue(tiles.get(0).getStyler().getYAxisMin() < -1, "tanh reaches below -0.99");
        assertTrue(tiles.get(0).getStyler().getYAxisMax() > 4 - 1e-9, "relu reaches 4");
        assertEquals("leaky_relu (α = 0.1)", tiles.get(3).getTitle());
        assertEquals("leaky_relu′ (α = 0.1)", ActivationCharts.primed(new LeakyReLU(0.1)));

        List<XYChart> slopes = ActivationCharts.tileCharts(List.of(new Sigmoid(), new ReLU()), -5, 5, true);
        assertEquals("sigmoid′", slopes.get(0).getTitle());
        assertTrue(slopes.get(0).getStyler().getYAxisMin() < 0, "0 is on the axis");
        assertTrue(slopes.get(0).getStyler().getYAxisMax() >= 1, "relu's slope 1 fits");
    }

    @Test
    void smallMultiplesAreOneGrid() {
        BufferedImage six = ActivationCharts.smallMultiples(Activations.allElementwise().subList(0, 6), -4, 4);
        assertEquals(3 * (ActivationCharts.TILE_WIDTH + 4) + 4, six.getWidth(), "three columns");
        assertEquals(2 * (ActivationCharts.TILE_HEIGHT + 8) + 4, six.getHeight(), "two rows");
        var all = Activations.allElementwise();
        BufferedImage every = ActivationCharts.smallMultiplesOfDerivatives(all, -4, 4);
        assertEquals(4 * (ActivationCharts.TILE_WIDTH + 4) + 4, every.getWidth(), "four columns");
        assertEquals((all.size() + 3) / 4 * (ActivationCharts.TILE_HEIGHT + 8) + 4, every.getHeight());
        assertThrows(IllegalArgumentException.class, () -> ActivationCharts.smallMultiples(List.of(), -1, 1));
    }
}
