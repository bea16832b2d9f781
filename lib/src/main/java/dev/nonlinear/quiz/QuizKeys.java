package dev.nonlinear.quiz;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The answer keys of {@code quizzes.json}, and a tool for quiz authors that makes them.
 *
 * <p><b>Multiple choice:</b> the file holds {@code answerHash} = hex SHA-256 of the UTF-8 bytes of
 * {@code salt + ":" + questionId + ":" + letter} (the letter upper-case, e.g. "B"). A question
 * checks an answer by hashing it the same way.
 *
 * <p><b>Numbers:</b> the file holds {@code answerObfuscated} = Base64 of the canonical decimal text
 * of the value (e.g. "0.8808") XOR-ed with the bytes of {@code salt + ":" + questionId}, repeated;
 * and {@code answerHash} of that canonical text, which lets the loader verify the decoding.
 *
 * <p>This is <b>obfuscation, not security</b>: it keeps answers from being readable at a glance
 * in the notebook or the JSON. Anyone willing to read this class can decode a number, and a
 * multiple-choice question has only a handful of letters to try.
 *
 * <p>Use as a tool (from a notebook or jshell cell, with the library on the class path):
 * <pre>
 * QuizKeys.main("choice", "02-q5", "C");        // prints "answerHash" for a new A–D question
 * QuizKeys.main("number", "02-q6", "0.8808");   // prints "answerHash" and "answerObfuscated"
 * QuizKeys.main("seal", "draft.json");          // prints draft.json with every plain "answer" replaced by its keys
 * </pre>
 * The salt is read from the bundled {@code quizzes.json}; {@code --salt S} as the first two
 * arguments uses another. See {@link Quizzes} for the file format.
 */
public final class QuizKeys {
    private QuizKeys() {
    }

    /** Hex SHA-256 of {@code salt:questionId:normalisedAnswer}. */
    public static String hash(String salt, String questionId, String normalisedAnswer) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((salt + ":" + questionId + ":" + normalisedAnswer).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The key of a multiple-choice answer: the letter is trimmed and upper-cased first. */
    public static String choiceHash(String salt, String questionId, String letter) {
        return hash(salt, questionId, letter.strip().toUpperCase(Locale.ROOT));
    }

    /** The integrity hash of a numeric answer, over its {@link #canonical} text. */
    public static String numberHash(String salt, String questionId, double value) {
        return hash(salt, questionId, canonical(value));
    }

    /** The numeric answer as stored: Base64 of its canonical text XOR the salt and id (obfuscation only). */
    public static String obfuscate(String salt, String questionId, double value) {
        return Base64.getEncoder().encodeToString(xor(canonical(value).getBytes(StandardCharsets.UTF_8), salt, questionId));
    }

    /** Undoes {@link #obfuscate}; package-private so notebooks do not offer it in completion. */
    static double reveal(String salt, String questionId, String obfuscated) {
        byte[] plain = xor(Base64.getDecoder().decode(obfuscated), salt, questionId);
        return Double.parseDouble(new String(plain, StandardCharsets.UTF_8));
    }

    /** Shortest exact decimal text of a finite value: 0.8808, 109386, 0.00000095367431640625. */
    static String canonical(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a numeric answer must be a finite number, got " + value);
        }
        return value == 0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static byte[] xor(byte[] data, String salt, String questionId) {
        byte[] key = (salt + ":" + questionId).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (byte) (data[i] ^ key[i % key.length]);
        }
        return out;
    }

    /**
     * Turns a draft quiz file into the shipped form: every question's plain {@code "answer"}
     * (a letter for multiple choice, a number for numeric questions) is replaced, in place, by its
     * {@code answerHash} (and {@code answerObfuscated}). Uses the draft's own {@code salt}.
     */
    public static String seal(String draftJson) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(draftJson);
        String salt = text(root, "salt", "the quiz file");
        for (JsonNode quiz : root.path("quizzes")) {
            for (JsonNode question : quiz.path("questions")) {
                if (question.has("answer")) {
                    sealQuestion(mapper, (ObjectNode) question, salt);
                }
            }
        }
        // Validate the result exactly as the library will read it.
        String sealed = mapper.writer(new DefaultPrettyPrinter().withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance))
                .writeValueAsString(root);
        QuizBank.parse(sealed);
        return sealed + "\n";
    }

    private static void sealQuestion(ObjectMapper mapper, ObjectNode question, String salt) {
        String id = text(question, "id", "a question");
        String type = text(question, "type", "question " + id);
        JsonNode answer = question.get("answer");
        ObjectNode rebuilt = mapper.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = question.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("answer")) {
                rebuilt.set(field.getKey(), field.getValue());
            } else if (type.equals(QuizBank.MULTIPLE_CHOICE)) {
                String letter = answer.asText().strip().toUpperCase(Locale.ROOT);
                int options = question.path("options").size();
                if (letter.length() != 1 || letter.charAt(0) < 'A' || letter.charAt(0) >= 'A' + options) {
                    throw new IllegalArgumentException("question " + id + ": answer \"" + answer.asText()
                            + "\" is not one of its " + options + " option letters");
                }
                rebuilt.put("answerHash", choiceHash(salt, id, letter));
            } else if (type.equals(QuizBank.NUMERIC)) {
                if (!answer.isNumber()) {
                    throw new IllegalArgumentException("question " + id + ": a numeric answer must be a JSON number");
                }
                rebuilt.put("answerHash", numberHash(salt, id, answer.asDouble()));
                rebuilt.put("answerObfuscated", obfuscate(salt, id, answer.asDouble()));
            } else {
                throw new IllegalArgumentException("question " + id + " (" + type + ") takes no \"answer\" field");
            }
        }
        question.removeAll();
        question.setAll(rebuilt);
    }

    /** A text field the draft needs before its answers can be sealed; the rest is checked by parsing the result. */
    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + " needs a text field \"" + field + "\", got " + value);
        }
        return value.asText();
    }

    /** The command-line tool; see the class comment. */
    public static void main(String... args) throws IOException {
        String salt = null;
        int i = 0;
        if (args.length >= 2 && args[0].equals("--salt")) {
            salt = args[1];
            i = 2;
        }
        int rest = args.length - i;
        String command = rest > 0 ? args[i] : "";
        if (command.equals("seal") && rest == 2) {
            System.out.print(seal(Files.readString(Path.of(args[i + 1]), StandardCharsets.UTF_8)));
            return;
        }
        if (salt == null) {
            salt = Quizzes.bank().salt();
        }
        if (command.equals("choice") && rest == 3) {
            System.out.println("\"answerHash\": \"" + choiceHash(salt, args[i + 1], args[i + 2]) + "\"");
        } else if (command.equals("number") && rest == 3) {
            double value = Double.parseDouble(args[i + 2]);
            System.out.println("\"answerHash\": \"" + numberHash(salt, args[i + 1], value) + "\",");
            System.out.println("\"answerObfuscated\": \"" + obfuscate(salt, args[i + 1], value) + "\"");
        } else {
            System.out.println("""
                    usage: QuizKeys [--salt S] choice <question-id> <letter>
                           QuizKeys [--salt S] number <question-id> <value>
                           QuizKeys seal <draft.json>""");
        }
    }
}
