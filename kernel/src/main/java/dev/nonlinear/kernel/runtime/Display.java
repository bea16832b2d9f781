package dev.nonlinear.kernel.runtime;

import dev.nonlinear.display.NotebookOutput;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.UUID;

/**
 * Showing things from a notebook cell. Every session starts with
 * {@code import static dev.nonlinear.kernel.runtime.Display.*;}, so a cell can simply write:
 *
 * <pre>{@code
 * String id = display(chart);               // a PNG under the cell; returns the display id
 * display(chart, "image/svg+xml");          // the same chart as SVG
 * updateDisplay(id, otherChart);            // replace that output in place
 * DisplayData data = render(table);         // the rendered form without showing it
 * clearOutput(true);                        // clear the cell's output when the next one arrives
 * }</pre>
 *
 * The names and meaning follow IJava's {@code io.github.spencerpark.ijava.runtime.Display}, so
 * notebooks written for IJava work here. Library code that must not depend on a kernel uses
 * {@link NotebookOutput} and {@link dev.nonlinear.display.LiveDisplay} instead.
 */
public final class Display {
    /** The running kernel; null outside a kernel (then values are printed as text). */
    private static volatile DisplayTarget kernel;

    private Display() {
    }

    /** Called once by the kernel at start-up; not for notebooks. */
    public static void attach(DisplayTarget owner) {
        kernel = owner;
    }

    /** Shows {@code value} in its preferred form and returns the display id. */
    public static String display(Object value) {
        DisplayTarget k = kernel;
        if (k == null) {
            return printed(value);
        }
        return k.show(rendered(k, value));
    }

    /** Shows {@code value} as the given MIME types, e.g. {@code "image/svg+xml"}; returns the display id. */
    public static String display(Object value, String... mimeTypes) {
        DisplayTarget k = kernel;
        if (k == null) {
            return printed(value);
        }
        return k.show(rendered(k, value, mimeTypes));
    }

    /** The rendered form of {@code value} (all its preferred MIME types), without showing it. */
    public static DisplayData render(Object value) {
        DisplayTarget k = kernel;
        if (k == null) {
            return new DisplayData(NotebookOutput.plainText(value));
        }
        return rendered(k, value);
    }

    /** The rendered form of {@code value} as the given MIME types, without showing it. */
    public static DisplayData render(Object value, String... mimeTypes) {
        DisplayTarget k = kernel;
        if (k == null) {
            return new DisplayData(NotebookOutput.plainText(value));
        }
        return rendered(k, value, mimeTypes);
    }

    /** Replaces the output with this display id by {@code value}. */
    public static void updateDisplay(String displayId, Object value) {
        DisplayTarget k = kernel;
        if (k == null) {
            printed(value);
            return;
        }
        k.update(displayId, rendered(k, value));
    }

    /** Replaces the output with this display id by {@code value} rendered as the given MIME types. */
    public static void updateDisplay(String displayId, Object value, String... mimeTypes) {
        DisplayTarget k = kernel;
        if (k == null) {
            printed(value);
            return;
        }
        k.update(displayId, rendered(k, value, mimeTypes));
    }

    /** Clears the cell's output now. */
    public static void clearOutput() {
        clearOutput(false);
    }

    /**
     * Clears the cell's output. With {@code wait}, the old output stays until the next output
     * replaces it, so a loop that clears and redraws does not flicker.
     */
    public static void clearOutput(boolean wait) {
        DisplayTarget k = kernel;
        if (k != null) {
            k.clearOutput(wait);
        }
    }

    /** Already rendered data is shown as it is; null shows as "null". */
    private static DisplayData rendered(DisplayTarget k, Object value, String... mimeTypes) {
        if (value instanceof DisplayData) {
            return (DisplayData) value;
        }
        Object shown = value == null ? "null" : value;
        return mimeTypes.length == 0 ? k.renderer().render(shown) : k.renderer().renderAs(shown, mimeTypes);
    }

    private static String printed(Object value) {
        System.out.println(NotebookOutput.plainText(value));
        return UUID.randomUUID().toString();
    }
}
