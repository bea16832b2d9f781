package dev.nonlinear.quiz;

import dev.nonlinear.display.Html;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class QuizTest {

    static Quiz zoo() {
        return Quiz.of("Activation zoo", MultipleChoiceTest.tanhQuestion(), NumericQuestionTest.sigmoidOfTwo(),
                MultipleChoice.of("02-q3", "softmax outputs sum to…", List.of("0", "1", "it depends"), "B", "Σ = 1"));
    }

    @AfterEach
    void forgetSessionAnswers() {
        Quizzes.resetAll();
    }

    @Test
    void scoreCountsQuestionsWhoseLatestAnswerIsRight() {
        Quiz quiz = zoo();
        assertEquals("0 / 3 correct", quiz.score().toString());
        quiz.question(1).answer("B");
        quiz.question(2).answer(0.8808);
        quiz.question(3).answer("A");
        Score score = quiz.score();
        assertEquals("2 / 3 correct", score.toString());
        assertEquals(3, score.answered());
        assertFalse(score.isComplete());

        quiz.question("02-q3").answer("Z");          // unreadable: changes nothing
        assertEquals("2 / 3 correct", quiz.score().toString());
        quiz.question("q3").answer("b");
        assertEquals("3 / 3 correct", quiz.score().toString());
        assertTrue(quiz.score().isComplete());
        quiz.question(1).answer("C");                 // the latest answer counts
        assertEquals("2 / 3 correct", quiz.score().toString());
        assertEquals(2, quiz.question(1).attempts());
    }

    @Test
    void scoreDetailsAndHtml() {
        Quiz quiz = zoo();
        quiz.question(1).answer("B");
        quiz.question(2).answer(1.5);
        Score score = quiz.score();
        assertEquals("""
                Activation zoo: 1 / 3 correct
                  02-q1  ✓ correct (1 attempt)
                  02-q2  ✗ not right yet (1 attempt)
                  02-q3  not answered yet""", score.details());
        assertTrue(score.html().contains("1 not answered yet"), score.html());
        String html = quiz.html();
        assertTrue(html.contains("Quiz: Activation zoo"), html);
        for (Question q : quiz.questions()) {
            assertTrue(html.contains(Html.escape(q.id())));
        }
        assertTrue(quiz.toString().endsWith(score.details()), quiz.toString());
        quiz.reset();
        assertEquals("0 / 3 correct", quiz.score().toString());
        assertEquals(0, quiz.score().answered());
    }

    @Test
    void quizTitleIsEscaped() {
        Quiz quiz = Quiz.of("<script>x</script>", MultipleChoiceTest.tanhQuestion());
        assertFalse(quiz.html().contains("<script>"), quiz.html());
        assertFalse(quiz.score().html().contains("<script>"));
    }

    @Test
    void loadedQuizzesShareQuestionsWithQuizzesGet() {
        Quiz quiz = Quiz.load("02-activation-zoo");
        assertSame(quiz, Quiz.load("02"));
        assertSame(quiz, Quiz.load("2"));
        assertEquals("Activation zoo", quiz.title());
        Question q1 = Quizzes.get("02-q1");
        assertSame(q1, quiz.question(1));
        assertSame(q1, quiz.question("q1"));
        String right = QuizBankTest.correctLetter((MultipleChoice) q1);
        q1.answer(right);
        assertEquals("1 / " + quiz.size() + " correct", quiz.score().toString());
        Quizzes.resetAll();
        assertEquals("0 / " + quiz.size() + " correct", quiz.score().toString());
    }

    @Test
    void lookupMistakesOfTheNotebookAuthorSayWhatExists() {
        var e = assertThrows(IllegalArgumentException.class, () -> Quizzes.get("02-q99"));
        assertTrue(e.getMessage().contains("02-q1"), e.getMessage());
        var missing = assertThrows(IllegalArgumentException.class, () -> Quiz.load("99"));
        assertTrue(missing.getMessage().contains("02-activation-zoo"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> zoo().question(4));
        assertThrows(IllegalArgumentException.class, () -> zoo().question("q9"));
        assertThrows(IllegalArgumentException.class, () -> Quiz.of("empty"));
    }
}
