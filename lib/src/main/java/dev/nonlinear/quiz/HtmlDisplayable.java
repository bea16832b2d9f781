package dev.nonlinear.quiz;

/**
 * Something a notebook shows as HTML. The notebook renderer displays any value of this type by
 * calling {@link #html()}; everything shown by the quiz package (questions, feedback, quizzes,
 * scores) implements it, and also gives a plain-text {@code toString()} for consoles.
 */
public interface HtmlDisplayable {

    /** A self-contained HTML fragment (inline styles, no scripts); user text in it is escaped. */
    String html();
}
