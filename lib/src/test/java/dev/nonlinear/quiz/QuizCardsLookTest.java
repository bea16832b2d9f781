package dev.nonlinear.quiz;

import dev.nonlinear.display.HtmlDisplayable;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins what learners see: the HTML and text of every card the shipped question bank can show (each
 * question before and after answers of every kind, blanks included, the feedback, what reveal()
 * shows, each quiz and its score). A
 * refactoring of the quiz package must leave this digest unchanged; a deliberate change of the
 * cards' look updates it (print {@link #everyCard()} to compare).
 */
class QuizCardsLookTest {
    static final String DIGEST = "99515b1dd072d0957c5d314db7dcd999b572420900f04f6d95b0d5ebe0ccd59c";

    static String everyCard() {
        QuizBank bank = QuizBankTest.fresh();
        StringBuilder all = new StringBuilder();
        for (Quiz quiz : bank.quizzes().values()) {
            all.append(quiz.html()).append('\n').append(quiz).append('\n');
            for (Question q : quiz.questions()) {
                for (Object answer : new Object[]{"?", Double.NaN, "A", "b)", "C", "D", "zz", "", 0.5, "abc", "50%", null}) {
                    var feedback = q.answer(answer);
                    all.append(feedback.html()).append('\n').append(feedback).append('\n');
                }
                DoubleUnaryOperator identity = x -> x;
                for (var feedback : new Object[]{q.answer(identity), q.answer(identity, x -> 1), q.answerVector(x -> x),
                        q.answer(x -> Double.NaN, x -> Double.NaN), q.answerVector(x -> null), q.reveal()}) {
                    all.append(((HtmlDisplayable) feedback).html()).append('\n').append(feedback).append('\n');
                }
                all.append(q.html()).append('\n').append(q).append('\n');
            }
            all.append(quiz.html()).append('\n').append(quiz.score().html()).append('\n').append(quiz.score().details());
        }
        return all.toString();
    }

    @Test
    void cardsLookAsBefore() throws Exception {
        String cards = everyCard();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(cards.getBytes(StandardCharsets.UTF_8));
        if (System.getProperty("quizCards.dump") != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("quizCards.dump")), cards);
        }
        assertEquals(DIGEST, HexFormat.of().formatHex(digest));
    }
}
