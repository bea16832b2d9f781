package dev.nonlinear.widgets;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Widgets in rows of {@code columns}, left to right. ipywidgets 7 and 8 draw a CSS grid;
 * jupyter-js-widgets 2.1 has none, so there the rows are horizontal boxes in a vertical one.
 */
public class GridBox extends Box {
    private final int columns;
    private List<Widget> rowsMadeFor = List.of();   // guarded by this: the children the row boxes hold
    private List<Widget> rowBoxes = List.of();

    public GridBox(int columns, List<? extends Widget> children) {
        super("GridBoxModel", "GridBoxView", false, children);
        if (columns < 1) {
            throw new IllegalArgumentException("GridBox: expected at least 1 column, got " + columns);
        }
        this.columns = columns;
        initial("layout", new Layout().css("grid_template_columns", "repeat(" + columns + ", auto)"));
        inJsWidgets2As("VBoxModel", "VBoxView"); // 2.1 has no grid: rows of HBoxes in a VBox
    }

    @Override
    protected void toWire(FrontEnd target, String key, Object value, Map<String, Object> wire) {
        if (target == FrontEnd.JUPYTER_JS_WIDGETS_2 && key.equals("children")) {
            wire.put("children", rowBoxes(target, children()));
        } else if (!(target == FrontEnd.JUPYTER_JS_WIDGETS_2 && key.equals("layout"))) {
            wire.put(key, value);
        }
    }

    /**
     * The horizontal boxes that hold the rows in 2.1, made again only when the children change: a
     * page reload asks for the state again and must get the same boxes, not new ones each time.
     */
    private synchronized List<Widget> rowBoxes(FrontEnd target, List<Widget> children) {
        if (!children.equals(rowsMadeFor)) {
            List<Widget> boxes = new ArrayList<>();
            for (List<Widget> row : rows()) {
                HBox box = new HBox(row);
                box.open(target);
                boxes.add(box);
            }
            rowBoxes = List.copyOf(boxes);
            rowsMadeFor = children;
        }
        return rowBoxes;
    }

    private List<List<Widget>> rows() {
        List<List<Widget>> rows = new ArrayList<>();
        List<Widget> children = children();
        for (int i = 0; i < children.size(); i += columns) {
            rows.add(children.subList(i, Math.min(children.size(), i + columns)));
        }
        return rows;
    }

    @Override
    public String text() {
        return String.join("\n", rows().stream()
                .map(row -> String.join(" | ", row.stream().map(Widget::text).toList())).toList());
    }

    @Override
    public BufferedImage picture() {
        return WidgetSketch.stack(rows().stream()
                .map(row -> WidgetSketch.stack(row.stream().map(Widget::picture).toList(), true)).toList(), false);
    }
}
