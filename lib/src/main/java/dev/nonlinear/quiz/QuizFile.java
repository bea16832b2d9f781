package dev.nonlinear.quiz;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/**
 * The shape of {@code quizzes.json} (described in {@link Quizzes}) as records that Jackson binds.
 * Jackson does the schema checking: a field that no record has is an error (unknown properties
 * fail), so is a missing required one, a "type" that names no record, or text where a number
 * belongs. {@link QuizBank} turns those errors into sentences and checks what a schema can't say.
 */
record QuizFile(@JsonProperty(required = true) String salt, @JsonProperty(required = true) List<QuizEntry> quizzes) {

    /** Strict: no unknown fields, no "1.5" for 1.5, no null for true/false, nothing after the object. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    record QuizEntry(@JsonProperty(required = true) String id, @JsonProperty(required = true) String title,
                     @JsonProperty(required = true) List<QuestionEntry> questions) {
    }

    /** The fields every question has; "type" picks the record. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ChoiceEntry.class, name = "multiple-choice"),
            @JsonSubTypes.Type(value = NumericEntry.class, name = "numeric"),
            @JsonSubTypes.Type(value = ActivationCodeEntry.class, name = "code-activation"),
            @JsonSubTypes.Type(value = VectorCodeEntry.class, name = "code-vector")})
    sealed interface QuestionEntry permits ChoiceEntry, NumericEntry, ActivationCodeEntry, VectorCodeEntry {
        String id();

        String text();

        String explanation();

        /** Optional; null when absent. */
        String hint();
    }

    /** {@code hints} maps an option letter to why that option is wrong; optional. */
    record ChoiceEntry(@JsonProperty(required = true) String id, @JsonProperty(required = true) String text,
                       @JsonProperty(required = true) String explanation, String hint,
                       @JsonProperty(required = true) List<String> options,
                       @JsonProperty(required = true) String answerHash, Map<String, String> hints)
            implements QuestionEntry {
    }

    /** No {@code tolerance} at all means 1e-9 relative; a given one defaults its missing half to 0. */
    record NumericEntry(@JsonProperty(required = true) String id, @JsonProperty(required = true) String text,
                        @JsonProperty(required = true) String explanation, String hint,
                        @JsonProperty(required = true) String answerHash,
                        @JsonProperty(required = true) String answerObfuscated, Tolerance tolerance)
            implements QuestionEntry {
    }

    record Tolerance(Double absolute, Double relative) {
    }

    record ActivationCodeEntry(@JsonProperty(required = true) String id, @JsonProperty(required = true) String text,
                               @JsonProperty(required = true) String explanation, String hint,
                               @JsonProperty(required = true) String reference,
                               @JsonProperty(required = true) double[] testPoints, boolean requireDerivative,
                               String referenceFormula)
            implements QuestionEntry {
    }

    record VectorCodeEntry(@JsonProperty(required = true) String id, @JsonProperty(required = true) String text,
                           @JsonProperty(required = true) String explanation, String hint,
                           @JsonProperty(required = true) String reference,
                           @JsonProperty(required = true) double[][] testInputs, String referenceFormula)
            implements QuestionEntry {
    }
}
