package dev.nonlinear.layer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HiddenActivationsTest {

    @Test
    void everyActivationButTheLastInOrder() {
        Sequential model = Sequential.input(2, 1).dense(4, "relu").dense(3, "tanh").dense(2, "softmax").build();
        assertEquals(List.of("relu", "tanh"), model.hiddenActivations().stream().map(f -> f.name()).toList());
        assertEquals(0, model.hiddenActivations().get(0).derivative(-1.0), "relu's slope below 0");
    }

    @Test
    void aWholeRowActivationInsideIsNamed() {
        Sequential model = Sequential.input(2, 1).dense(4, "softmax").dense(1, "sigmoid").build();
        var error = assertThrows(IllegalStateException.class, model::hiddenActivations);
        assertTrue(error.getMessage().contains("softmax"), error.getMessage());
    }
}
