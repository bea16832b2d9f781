package dev.nonlinear.playground;

import dev.nonlinear.layer.Dense;
import dev.nonlinear.layer.Layer;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.tensor.Matrix;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Every trained number of a lab's network as a Tablesaw table, one row per weight and one per
 * bias (so {@code rowCount() == model.parameterCount()}):
 * <pre>
 *   layer  from   to     weight
 *   1      x₁     h1.1   -0.31      link from feature x₁ to neuron 1 of hidden layer 1
 *   1      bias   h1.1    0.12      that neuron's bias
 *   3      h2.2   out     1.70      last hidden layer to the output ("out.2" for class 2 of several)
 * </pre>
 * Layers and neurons count from 1 here, as one reads a diagram; filter with Tablesaw, e.g.
 * {@code table.where(table.stringColumn("from").isEqualTo("bias"))}.
 */
public final class WeightsTable {
    private WeightsTable() {
    }

    public static Table of(Sequential model, List<Feature> features) {
        IntColumn layer = IntColumn.create("layer");
        StringColumn from = StringColumn.create("from");
        StringColumn to = StringColumn.create("to");
        DoubleColumn weight = DoubleColumn.create("weight");
        List<Dense> dense = new ArrayList<>();
        for (Layer l : model.layers()) {
            if (l instanceof Dense d) {
                dense.add(d);
            }
        }
        for (int k = 0; k < dense.size(); k++) {
            Matrix w = dense.get(k).weights();
            Matrix b = dense.get(k).bias();
            boolean output = k == dense.size() - 1;
            for (int j = 0; j < w.cols(); j++) {
                String target = output ? (w.cols() == 1 ? "out" : "out." + (j + 1)) : "h" + (k + 1) + "." + (j + 1);
                for (int i = 0; i < w.rows(); i++) {
                    layer.append(k + 1);
                    from.append(k == 0 ? features.get(i).symbol() : "h" + k + "." + (i + 1));
                    to.append(target);
                    weight.append(w.get(i, j));
                }
                layer.append(k + 1);
                from.append("bias");
                to.append(target);
                weight.append(b.get(0, j));
            }
        }
        return Table.create("weights", layer, from, to, weight);
    }
}
