package dev.nonlinear.kernel.runtime;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;

/**
 * What {@link Display} needs from the running kernel: its renderer and the current cell's output.
 * The kernel implements this and registers with {@link Display#attach}, so that this package
 * (which notebooks import) never names the kernel's classes and the dependency runs one way:
 * kernel → runtime.
 */
public interface DisplayTarget {

    /** Turns values into MIME bundles (the kit's types are registered on it). */
    Renderer renderer();

    /** Publishes a display under the running cell; returns its display id. */
    String show(DisplayData data);

    /** Replaces the earlier display with this id. */
    void update(String displayId, DisplayData data);

    /** Clears the running cell's output; with {@code wait}, when the next output arrives. */
    void clearOutput(boolean wait);
}
