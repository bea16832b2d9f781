package dev.nonlinear.plot;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class RunChartsTest {

    private static Table run(double... accuracy) {
        int[] epochs = new int[accuracy.length];
        for (int i = 0; i < epochs.length; i++) {
            epochs[i] = i + 1;
        }
        return Table.create("h", IntColumn.create("epoch", epochs), DoubleColumn.create("val_accuracy", accuracy));
    }

    @Test
    void eachTileHighlightsItsRunOnTheSameAxes() {
        Map<String, Table> runs = new LinkedHashMap<>();
        runs.put("relu", run(0.5, 0.9, 1.0));
        runs.put("sigmoid", run(0.4, 0.5, 0.55));
        var tile = RunCharts.tile(runs, "sigmoid", "val_accuracy");
        assertEquals("sigmoid", tile.getTitle());
        assertEquals("epochs 1 to 3", tile.getXAxisTitle());
        var series = tile.getSeriesMap();
        assertEquals(new Color(0xd9d9d9), series.get("relu").getLineColor(), "the other run is grey");
        assertNotEquals(new Color(0xd9d9d9), series.get("sigmoid").getLineColor());
        assertEquals("sigmoid", series.keySet().toArray()[1], "the run itself is drawn last, on top");
        var reluTile = RunCharts.tile(runs, "relu", "val_accuracy");
        assertEquals(tile.getStyler().getYAxisMin(), reluTile.getStyler().getYAxisMin());
        assertEquals(tile.getStyler().getYAxisMax(), reluTile.getStyler().getYAxisMax());
        assertTrue(tile.getStyler().getYAxisMin() < 0.4 && tile.getStyler().getYAxisMax() > 1.0);
        assertTrue(RunCharts.smallMultiples(runs, "val_accuracy").getWidth() > 2 * ActivationCharts.TILE_WIDTH);
    }

    @Test
    void noRunsIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> RunCharts.smallMultiples(Map.of(), "loss"));
    }
}
