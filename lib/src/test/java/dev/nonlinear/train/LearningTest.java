package dev.nonlinear.train;

import dev.nonlinear.data.Dataset;
import dev.nonlinear.data.Mnist;
import dev.nonlinear.data.Playground;
import dev.nonlinear.layer.Sequential;
import dev.nonlinear.loss.BinaryCrossEntropy;
import dev.nonlinear.loss.CategoricalCrossEntropy;
import dev.nonlinear.optim.Adam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kit's central claim, tested: with a non-linear activation a small network learns the
 * Playground's non-linear data sets; with a linear activation it cannot.
 */
class LearningTest {

    private static double testAccuracy(Dataset data, String hidden, int width, int epochs) {
        Dataset.Split split = data.split(0.5, 1);
        Sequential model = Sequential.input(2, 42).dense(width, hidden).dense(width, hidden).dense(1, "sigmoid").build();
        new Trainer(model, new BinaryCrossEntropy(), new Adam(0.01)).epochs(epochs).batchSize(10).seed(7).fit(split.train());
        double accuracy = model.accuracy(split.test());
        System.out.printf("%s, %s hidden 2-%d-%d-1, %d epochs: test accuracy %.3f%n", data.size() + " points", hidden, width, width, epochs, accuracy);
        return accuracy;
    }

    @ParameterizedTest
    @ValueSource(strings = {"circle", "xor"})
    void tanhNetwork2881LearnsCircleAndXor(String name) {
        double accuracy = testAccuracy(Playground.byName(name, 500, 0.0, 1), "tanh", 8, 150);
        assertTrue(accuracy >= 0.97, name + " test accuracy " + accuracy);
    }

    @Test
    void widerTanhNetworkLearnsTheSpiral() {
        double accuracy = testAccuracy(Playground.spiral(500, 0.0, 1), "tanh", 32, 600);
        assertTrue(accuracy >= 0.90, "spiral test accuracy " + accuracy);
    }

    @Test
    void linearActivationStaysStuckOnTheCircle() {
        double accuracy = testAccuracy(Playground.circle(500, 0.0, 1), "linear", 8, 150);
        assertTrue(accuracy <= 0.65, "a linear network should not separate the circle, got " + accuracy);
    }

    @Test
    void mnistMlpReachesNinetyPercentInFiveEpochs() throws IOException {
        Mnist.Data mnist = Mnist.loadBundled();
        Sequential model = Sequential.input(784, 42).dense(128, "relu").dense(64, "relu").dense(10, "softmax").build();
        new Trainer(model, new CategoricalCrossEntropy(), new Adam(0.001)).epochs(5).batchSize(32).seed(7).fit(mnist.train());
        double accuracy = model.accuracy(mnist.test());
        System.out.printf("MNIST 784-128-64-10, 5 epochs on %d images: test accuracy %.3f%n", mnist.train().size(), accuracy);
        assertTrue(accuracy >= 0.90, "MNIST test accuracy " + accuracy);
    }
}
