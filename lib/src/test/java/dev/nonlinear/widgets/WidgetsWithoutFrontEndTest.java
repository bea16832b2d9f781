package dev.nonlinear.widgets;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Widgets with no kernel (as in nbconvert, the grader, IJava): values, observers, text and pictures. */
class WidgetsWithoutFrontEndTest {

    @Test
    void withoutAFrontEndAWidgetShowsAsTextAndAPng() {
        IntSlider depth = new IntSlider("depth", 1, 10, 3);
        Map<String, Object> bundle = depth.mimeBundle();
        assertEquals(FrontEnd.STATIC, FrontEnds.current());
        assertEquals("IntSlider depth = 3 (1 to 10)", bundle.get("text/plain"));
        byte[] png = Base64.getDecoder().decode((String) bundle.get("image/png"));
        assertEquals((byte) 0x89, png[0]);
        assertFalse(bundle.containsKey("application/vnd.jupyter.widget-view+json"));
    }

    @Test
    void observersHearJavaChangesOnlyWhenTheValueChanges() {
        FloatSlider rate = new FloatSlider("rate", 0, 1, 0.1, 0.5);
        List<Double> heard = new ArrayList<>();
        rate.onChange(heard::add);
        rate.value(0.5);
        rate.value(0.7);
        rate.value(3);   // clamped to the range
        assertEquals(List.of(0.7, 1.0), heard);
    }

    @Test
    void badRangesAreRefusedNamingTheValues() {
        var e = assertThrows(IllegalArgumentException.class, () -> new IntSlider("depth", 1, 10, 11));
        assertTrue(e.getMessage().contains("value 11") && e.getMessage().contains("max 10"), e.getMessage());
        var d = assertThrows(IllegalArgumentException.class, () -> new Dropdown<>("f", List.of("relu"), "tanh"));
        assertTrue(d.getMessage().contains("tanh") && d.getMessage().contains("[relu]"), d.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LogSlider("lr", -4, 0, 1, 5));
    }

    @Test
    void aSelectionHoldsJavaObjectsBehindItsLabels() {
        var dropdown = new Dropdown<>("size", List.of(8, 16, 32), 16);
        assertEquals(List.of("8", "16", "32"), dropdown.labels());
        assertEquals(1, dropdown.index());
        dropdown.value(32);
        assertEquals(32, dropdown.value());
        assertTrue(dropdown.text().contains("size = 32"), dropdown.text());
    }

    @Test
    void aLogSliderStopsAtPowersOfItsBase() {
        var lr = new LogSlider("learning rate", -4, 0, 1, 0.01);
        assertEquals(List.of("0.0001", "0.001", "0.01", "0.1", "1"), lr.stops().stream().map(LogSlider::label).toList());
        assertEquals("1e-05", LogSlider.label(1e-5));
    }

    @Test
    void interactRedrawsWheneverAControlChanges() {
        var a = new IntSlider("a", 0, 5, 1);
        AtomicInteger draws = new AtomicInteger();
        VBox box = Interact.of(() -> "a is " + a.value() + " (draw " + draws.incrementAndGet() + ")", a);
        OutputArea output = (OutputArea) box.children().get(1);
        assertEquals("a is 1 (draw 1)", output.text());
        a.value(4);
        assertEquals("a is 4 (draw 2)", output.text());
        assertTrue(output.html().contains("<pre"), output.html());
    }

    @Test
    void aFailingDrawShowsWhyInsteadOfThrowingOnTheCommThread() {
        var a = new IntSlider("a", 0, 5, 1);
        VBox box = Interact.of(() -> {
            if (a.value() == 0) {
                throw new IllegalArgumentException("a must not be 0");
            }
            return "fine";
        }, a);
        a.value(0);
        assertEquals("Could not draw: a must not be 0", ((OutputArea) box.children().get(1)).text());
    }

    @Test
    void aButtonRunsItsHandlersOnClick() {
        AtomicInteger clicks = new AtomicInteger();
        Button step = new Button("step").onClick(clicks::incrementAndGet);
        step.onCustom(Map.of("event", "click"));
        step.click();
        assertEquals(2, clicks.get());
    }

    @Test
    void picturesOfBoxesHoldTheirChildren() {
        var grid = new GridBox(2, List.of(new Label("a"), new Label("b"), new Checkbox("c", true)));
        BufferedImage picture = grid.picture();
        BufferedImage label = new Label("a").picture();
        assertEquals(1 + 2 * (label.getHeight() + 4), picture.getHeight(), "two rows, 4 pixels apart");
        assertTrue(picture.getWidth() > label.getWidth(), "two columns");
        assertEquals("a | b\nc", grid.text().replace("Checkbox c = true", "c"));
    }
}
