package dev.nonlinear.quiz;

import dev.nonlinear.display.HtmlDisplayable;

import java.util.List;

/**
 * A quiz's score in this session: how many questions were answered right the last time they were
 * answered, without looking up the answer. A question whose answer was shown by
 * {@link Question#reveal()} counts as <i>revealed</i>, not as correct, even if it is answered right
 * afterwards. {@code toString()} is the summary line, e.g. {@code "2 / 3 correct"} or
 * {@code "1 / 3 correct, 1 revealed"}; {@link #html()} adds a row per question.
 */
public record Score(String title, int correct, int revealed, int answered, int total, List<Row> rows)
        implements HtmlDisplayable {

    /**
     * One question's state: answered at all, right at the latest answer, its answer revealed, and
     * how many answers were checked. {@link #counts()} is what the score adds up.
     */
    public record Row(String questionId, boolean answered, boolean correct, boolean revealed, int attempts) {
        /** Right at the latest answer, found without revealing it. */
        public boolean counts() {
            return correct && !revealed;
        }

        String status() {
            return revealed ? "answer revealed" : !answered ? "not answered yet" : correct ? "✓ correct" : "✗ not right yet";
        }
    }

    public Score {
        rows = List.copyOf(rows);
    }

    static Score of(String title, List<Question> questions) {
        List<Row> rows = questions.stream()
                .map(q -> new Row(q.id(), q.isAnswered(), q.isCorrect(), q.isRevealed(), q.attempts()))
                .toList();
        int correct = (int) rows.stream().filter(Row::counts).count();
        int revealed = (int) rows.stream().filter(Row::revealed).count();
        int answered = (int) rows.stream().filter(Row::answered).count();
        return new Score(title, correct, revealed, answered, rows.size(), rows);
    }

    /** True when every question's latest answer is right and none was revealed. */
    public boolean isComplete() {
        return total > 0 && correct == total;
    }

    @Override
    public String toString() {
        return correct + " / " + total + " correct" + (revealed > 0 ? ", " + revealed + " revealed" : "");
    }

    /** The summary line and one line per question. */
    public String details() {
        StringBuilder text = new StringBuilder(title).append(": ").append(this);
        for (Row row : rows) {
            text.append("\n  ").append(row.questionId()).append("  ").append(row.status());
            if (row.attempts() > 0) {
                text.append(" (").append(row.attempts()).append(row.attempts() == 1 ? " attempt)" : " attempts)");
            }
        }
        return text.toString();
    }

    @Override
    public String html() {
        return QuizCards.score(this);
    }
}
