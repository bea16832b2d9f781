package dev.nonlinear.activation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Reference values from the definitions (the guide's examples first, then tighter ones). */
class ActivationValuesTest {

    private static double f(String name, double x) {
        return Activations.elementwise(name).apply(x);
    }

    @Test
    void guideExamples() {
        assertEquals(0.8808, f("sigmoid", 2), 1e-4);
        assertEquals(0.0474, f("sigmoid", -3), 1e-4);
        assertEquals(0.9640, f("tanh", 2), 1e-4);
        assertEquals(-0.9951, f("tanh", -3), 1e-4);
        assertEquals(-0.9502, f("elu", -3), 1e-4);
        assertEquals(-0.03, f("leaky_relu", -3), 1e-12);
        assertEquals(2.0, f("relu", 2), 0);
        assertEquals(0.0, f("relu", -3), 0);
        double[] s = new Softmax().apply(new double[]{2.0, 1.0, 0.1});
        assertArrayEquals(new double[]{0.659, 0.242, 0.099}, s, 1e-3);
        assertEquals(1.0, s[0] + s[1] + s[2], 1e-12);
    }

    @Test
    void preciseValues() {
        // GELU, SELU, softplus, Mish and SiLU at their brief's points: ReferenceValuesTest, to 1e-15.
        assertEquals(0.5, f("softsign", 1), 0);
        assertEquals(0.5 + 1.0 / 6, f("hard_sigmoid", 1), 1e-15);
        assertEquals(6, f("relu6", 7.5), 0);
        assertEquals(-0.5, new LeakyReLU(0.25).apply(-2), 0);
        assertEquals(-2 * (1 - Math.exp(-1)), new ELU(2).apply(-1), 1e-15);
    }

    @Test
    void errorFunction() {
        assertEquals(0.5204998778130465, Erf.erf(0.5), 1e-15);
        assertEquals(0.9953222650189527, Erf.erf(2), 1e-15);
        assertEquals(-0.8427007929497149, Erf.erf(-1), 1e-15);
        assertEquals(0.9999779095030014, Erf.erf(3), 1e-15);
        assertEquals(2.209049699858544e-05, Erf.erfc(3), 1e-19);
        assertEquals(1.5374597944280349e-12, Erf.erfc(5), 1e-25);
        assertEquals(0, Erf.erf(0), 0);
        assertEquals(1, Erf.erf(30), 0);
    }

    @Test
    void derivativesAtKinksFollowPyTorch() {
        assertEquals(0, new ReLU().derivative(0));
        assertEquals(0.01, new LeakyReLU().derivative(0));
        assertEquals(0, new ReLU6().derivative(6));
        assertEquals(0, new HardSigmoid().derivative(3));
    }

    @Test
    void softmaxJacobianAndLogSoftmaxAgreeWithTheDefinition() {
        Softmax softmax = new Softmax();
        double[] x = {2.0, 1.0, 0.1};
        double[] s = softmax.apply(x);
        double[][] j = softmax.jacobian(x);
        assertEquals(s[0] * (1 - s[0]), j[0][0], 1e-15);
        assertEquals(-s[0] * s[1], j[0][1], 1e-15);
        double[] log = softmax.logSoftmax(x);
        for (int i = 0; i < 3; i++) {
            assertEquals(Math.log(s[i]), log[i], 1e-14);
        }
        // Shifting every score by a constant does not change softmax.
        assertArrayEquals(s, softmax.apply(new double[]{102.0, 101.0, 100.1}), 1e-12);
    }

    @Test
    void registryFindsEveryNameAndVariants() {
        for (String name : Activations.names()) {
            assertEquals(name, Activations.byName(name).name());
        }
        assertInstanceOf(LeakyReLU.class, Activations.byName("LeakyReLU"));
        assertInstanceOf(LeakyReLU.class, Activations.byName("leaky-relu"));
        assertInstanceOf(SiLU.class, Activations.byName("swish"));
        assertInstanceOf(Linear.class, Activations.byName("identity"));
        assertEquals(Activations.names().size(), Activations.all().size());
        assertEquals(Activations.names().size() - 1, Activations.allElementwise().size());
        // The menus' list: every name but softmax, each once, in teaching order.
        assertEquals(Activations.names().stream().filter(n -> !n.equals("softmax")).toList(), Activations.elementwiseNames());
    }

    @Test
    void badInputsGiveClearErrors() {
        var unknown = assertThrows(IllegalArgumentException.class, () -> Activations.byName("sigmod"));
        assertTrue(unknown.getMessage().contains("\"sigmod\""), unknown.getMessage());
        for (String name : Activations.names()) {
            assertTrue(unknown.getMessage().contains(name), "message should list " + name);
        }
        assertThrows(IllegalArgumentException.class, () -> Activations.byName(null));
        var vector = assertThrows(IllegalArgumentException.class, () -> Activations.elementwise("softmax"));
        assertTrue(vector.getMessage().contains("whole vectors"), vector.getMessage());
        var slope = assertThrows(IllegalArgumentException.class, () -> new LeakyReLU(-0.1));
        assertTrue(slope.getMessage().contains("-0.1"), slope.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ELU(0));
        var empty = assertThrows(IllegalArgumentException.class, () -> new Softmax().apply(new double[0]));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
        var lengths = assertThrows(IllegalArgumentException.class,
                () -> new Sigmoid().backward(new double[2], new double[3]));
        assertTrue(lengths.getMessage().contains("2") && lengths.getMessage().contains("3"), lengths.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Softmax().backward(new double[2], new double[3]));
    }
}
