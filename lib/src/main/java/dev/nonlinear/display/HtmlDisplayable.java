package dev.nonlinear.display;

/**
 * Something a notebook shows as HTML. The kit's renderers ({@link KernelDisplays}) display any value of
 * this type by calling {@link #html()}, and use {@code toString()} where HTML can't be shown. It
 * lives here, below the packages that implement it (quiz cards, scores), so that display code
 * never has to know about them.
 */
public interface HtmlDisplayable {

    /** A self-contained HTML fragment (inline styles, no scripts); user text in it is escaped. */
    String html();
}
