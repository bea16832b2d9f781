package dev.nonlinear.quiz;

import dev.nonlinear.display.Html;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * All the quiz package's HTML: the cards of questions, feedback, scores and quizzes. One place for
 * the markup and its inline CSS (notebook sanitizers keep inline styles, not style blocks or grid
 * layouts), so the cards look alike and the question classes hold only questions.
 */
final class QuizCards {
    private static final String TEXT = "#1f2328";
    private static final String MUTED = "#5f6b7a";
    private static final String BLUE = "#3f51b5";
    private static final String GREEN = "#2e7d32";
    private static final String RED = "#c62828";
    private static final String AMBER = "#b26a00";
    private static final String PALE_BLUE = "#f5f6fb";
    private static final String MONOSPACE = "font-family:ui-monospace,Menlo,Consolas,monospace";
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private QuizCards() {
    }

    static String question(Question q) {
        StringBuilder body = new StringBuilder();
        body.append("<div style=\"font-size:12px;color:" + MUTED + ";text-transform:uppercase;letter-spacing:0.04em\">")
                .append(Html.escape(q.form().kind())).append(" · ").append(Html.escape(q.id())).append("</div>");
        body.append("<div style=\"font-weight:600;margin:4px 0 8px 0\">").append(text(q.text())).append("</div>");
        body.append(q instanceof MultipleChoice mc ? options(mc.options()) : about(q.form().bodyText()));
        body.append("<div style=\"margin-top:8px;font-size:13px\">Answer in a code cell: ").append(codeSpan(q.form().example()));
        if (!q.form().note().isEmpty()) {
            body.append(" — ").append(text(q.form().note()));
        }
        body.append("<br>").append(muted("If " + Html.escape(q.variableName()) + " is not defined yet: "))
                .append(codeSpan("var " + q.variableName() + " = Quizzes.get(\"" + q.id() + "\");")).append("</div>");
        if (q.isAnswered()) {
            body.append("<div style=\"margin-top:6px;font-size:13px\">").append(Html.escape(q.status())).append("</div>");
        }
        return card(BLUE, PALE_BLUE, body.toString());
    }

    /** One plain block per option, its letter in a small circle. */
    private static String options(List<String> options) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            html.append("<div style=\"margin:3px 0\"><span style=\"display:inline-block;min-width:22px;"
                            + "text-align:center;font-weight:bold;border:1px solid " + BLUE + ";border-radius:11px;"
                            + "color:" + BLUE + ";font-size:12px;margin-right:8px\">")
                    .append((char) ('A' + i)).append("</span>").append(text(options.get(i))).append("</div>");
        }
        return html.toString();
    }

    /** A question's extra line, e.g. how a code answer is checked. */
    private static String about(String plain) {
        return plain.isEmpty() ? "" : "<div style=\"font-size:13px;color:#3d4754\">" + Html.escape(plain) + "</div>";
    }

    /**
     * Green when right, red when wrong, amber when the input could not be checked, grey while the
     * answer cell holds its placeholder (and for a reveal that is not open yet), blue for a revealed answer.
     */
    static String feedback(AnswerFeedback f) {
        String accent = switch (f.kind()) {
            case CORRECT -> GREEN;
            case WRONG -> RED;
            case UNREADABLE -> AMBER;
            case BLANK, LOCKED -> MUTED;
            case ANSWER -> BLUE;
        };
        String background = switch (f.kind()) {
            case CORRECT -> "#edf7ed";
            case WRONG -> "#fdecea";
            case UNREADABLE -> "#fff4e5";
            case BLANK, LOCKED -> "#f4f5f7";
            case ANSWER -> PALE_BLUE;
        };
        StringBuilder body = new StringBuilder();
        body.append("<div style=\"font-weight:bold;font-size:15px;color:").append(accent).append("\">")
                .append(Html.escape(f.title())).append(' ').append(muted("· " + Html.escape(f.questionId()))).append("</div>");
        paragraph(body, text(f.message()));
        paragraph(body, text(f.explanation()));
        if (!f.details().isEmpty()) {
            body.append("<ul style=\"margin:6px 0;padding-left:22px;" + MONOSPACE + ";font-size:13px\">");
            f.details().forEach(line -> body.append("<li>").append(Html.escape(line)).append("</li>"));
            body.append("</ul>");
        }
        if (!f.hint().isEmpty()) {
            paragraph(body, "<b>Hint:</b> " + text(f.hint()));
        }
        if (!f.revealOffer().isEmpty()) {
            paragraph(body, text(f.revealOffer()));
        }
        return card(accent, background, body.toString());
    }

    static String score(Score s) {
        StringBuilder body = new StringBuilder();
        body.append("<div style=\"font-weight:bold;font-size:15px\">").append(Html.escape(s.title())).append(": ")
                .append(Html.escape(s.toString())).append("</div>");
        if (s.answered() < s.total()) {
            body.append(muted((s.total() - s.answered()) + " not answered yet"));
        }
        body.append("<table style=\"border-collapse:collapse;margin-top:6px;font-size:13px\">");
        for (Score.Row row : s.rows()) {
            String colour = row.revealed() ? AMBER : !row.answered() ? MUTED : row.correct() ? GREEN : RED;
            body.append("<tr><td style=\"padding:1px 12px 1px 0;" + MONOSPACE + "\">")
                    .append(Html.escape(row.questionId())).append("</td><td style=\"padding:1px 12px 1px 0;color:")
                    .append(colour).append("\">").append(Html.escape(row.status())).append("</td><td style=\"color:" + MUTED + "\">")
                    .append(row.attempts() == 0 ? "" : row.attempts() + (row.attempts() == 1 ? " attempt" : " attempts"))
                    .append("</td></tr>");
        }
        body.append("</table>");
        return card(s.isComplete() ? GREEN : BLUE, PALE_BLUE, body.toString());
    }

    /** A heading, every question's card, then the score card. */
    static String quiz(Quiz quiz) {
        StringBuilder html = new StringBuilder("<div>");
        html.append("<div style=\"font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:17px;"
                + "font-weight:bold;margin:4px 0\">Quiz: ").append(Html.escape(quiz.title())).append(' ')
                .append(muted(Html.escape(quiz.size() + (quiz.size() == 1 ? " question" : " questions")))).append("</div>");
        quiz.questions().forEach(q -> html.append(question(q)));
        html.append(score(quiz.score()));
        return html.append("</div>").toString();
    }

    /**
     * Question text as HTML: escaped, with {@code `code`} in backticks shown as code and line
     * breaks kept. Escaping comes first, so nothing in the text can open a tag.
     */
    static String text(String plain) {
        Matcher m = CODE.matcher(Html.escape(plain));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(code(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replace("\n", "<br>");
    }

    private static String code(String escapedCode) {
        return "<code style=\"background:rgba(0,0,0,0.06);padding:0 3px;border-radius:3px\">" + escapedCode + "</code>";
    }

    private static String codeSpan(String plain) {
        return code(Html.escape(plain));
    }

    /** Coloured bar on the left, tinted background, dark text (readable in dark themes too). */
    private static String card(String accent, String background, String body) {
        return "<div style=\"border-left:6px solid " + accent + ";background:" + background + ";color:" + TEXT
                + ";padding:10px 14px;margin:6px 0;border-radius:4px;font-family:system-ui,-apple-system,'Segoe UI',"
                + "sans-serif;font-size:14px;line-height:1.45;max-width:820px\">" + body + "</div>";
    }

    /** Small grey text, e.g. a question id. */
    private static String muted(String escaped) {
        return "<span style=\"color:" + MUTED + ";font-size:12px;font-weight:normal\">" + escaped + "</span>";
    }

    private static void paragraph(StringBuilder body, String html) {
        if (!html.isEmpty()) {
            body.append("<div style=\"margin-top:6px\">").append(html).append("</div>");
        }
    }
}
