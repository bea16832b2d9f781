package dev.nonlinear.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Values from the mathematics, not from this code: rounded textbook values and mpmath. */
class ReferenceValuesTest {

    private static double f(String name, double x) {
        return Activations.elementwise(name).apply(x);
    }

    @Test
    void tightValuesFromTheBrief() {
        assertEquals(0.8413447460685429, f("gelu", 1), 1e-15);
        assertEquals(0.8411919906082768, GELU.tanhApproximation().apply(1), 1e-15);
        assertEquals(-1.1113307378125628, f("selu", -1), 1e-15);
        assertEquals(Math.log(2), f("softplus", 0), 1e-16);
        assertEquals(0.8650983882673103, f("mish", 1), 1e-15);
        assertEquals(0.7310585786300049, f("silu", 1), 1e-15);
        assertEquals(0.7310585786300049, f("swish", 1), 1e-15);
    }

    /** name, x, f(x), f'(x); mpmath at 50 digits (derivatives by mpmath's numerical diff). */
    private static final Object[][] TABLE = {
            {"sigmoid", -7.5, 0.0005527786369235996, 0.0005524730727021604},
            {"sigmoid", -2.0, 0.11920292202211756, 0.10499358540350652},
            {"sigmoid", 0.5, 0.6224593312018546, 0.2350037122015945},
            {"sigmoid", 3.0, 0.9525741268224333, 0.04517665973091213},
            {"tanh", -7.5, -0.9999993881955461, 1.2236085333978092e-06},
            {"tanh", -2.0, -0.9640275800758169, 0.07065082485316447},
            {"tanh", 0.5, 0.46211715726000974, 0.7864477329659274},
            {"tanh", 3.0, 0.9950547536867305, 0.00986603716544019},
            {"elu", -7.5, -0.9994469156298522, 0.0005530843701478336},
            {"elu", -2.0, -0.8646647167633873, 0.1353352832366127},
            {"elu", 0.5, 0.5, 1.0},
            {"selu", -7.5, -1.757126963580787, 0.0009723772665898928},
            {"selu", -2.0, -1.520166468595695, 0.23793287225168183},
            {"selu", 3.0, 3.1521029620664414, 1.0507009873554805},
            {"gelu", -7.5, -2.393168754683172e-13, -1.7938314830426485e-12},
            {"gelu", -2.0, -0.04550026389635842, -0.0852318010781969},
            {"gelu", 0.5, 0.34573123063700656, 0.8674951246561629},
            {"gelu", 3.0, 2.99595030590511, 1.011945647204184},
            {"gelu_tanh", -7.5, -4.01626821751414e-18, -5.4233923005215784e-17},
            {"gelu_tanh", -2.0, -0.04540230591222498, -0.08609925662361838},
            {"gelu_tanh", 0.5, 0.34571400982514394, 0.8673699035346423},
            {"gelu_tanh", 3.0, 2.996362607918227, 1.0115841666309697},
            {"silu", -7.5, -0.004145839776926996, -0.0035907694083426034},
            {"silu", -2.0, -0.23840584404423512, -0.09078424878489548},
            {"silu", 0.5, 0.3112296656009273, 0.7399611873026518},
            {"silu", 3.0, 2.8577223804672998, 1.0881041060151697},
            {"mish", -7.5, -0.0041469856425822285, -0.003592907090395361},
            {"mish", -2.0, -0.2525014826957089, -0.10835509242039394},
            {"mish", 0.5, 0.37524521130489513, 0.8864243753577272},
            {"mish", 3.0, 2.9865350049679575, 1.0211069109294437},
            {"softplus", -7.5, 0.0005529314753607964, 0.0005527786369235996},
            {"softplus", -2.0, 0.1269280110429725, 0.11920292202211756},
            {"softplus", 0.5, 0.9740769841801067, 0.6224593312018546},
            {"softplus", 3.0, 3.048587351573742, 0.9525741268224333},
            {"softsign", -7.5, -0.8823529411764706, 0.01384083044982699},
            {"softsign", -2.0, -0.6666666666666666, 0.1111111111111111},
            {"softsign", 3.0, 0.75, 0.0625},
    };

    @Test
    void valuesAndDerivativesMatchHighPrecisionTable() {
        for (Object[] row : TABLE) {
            ElementwiseActivation a = Activations.elementwise((String) row[0]);
            double x = (double) row[1];
            double value = (double) row[2];
            double slope = (double) row[3];
            String at = row[0] + " at " + x;
            assertEquals(value, a.apply(x), Math.abs(value) * 1e-14, at);
            assertEquals(slope, a.derivative(x), Math.abs(slope) * 1e-13, "derivative of " + at);
        }
    }

    @Test
    void kinkConventionsFollowPyTorch() {
        assertEquals(0.0, Activations.elementwise("relu").derivative(0));
        assertEquals(0.01, Activations.elementwise("leaky_relu").derivative(0));
        assertEquals(0.25, new LeakyReLU(0.25).derivative(0));
        assertEquals(2.0, new ELU(2.0).derivative(0));
        assertEquals(SELU.SCALE * SELU.ALPHA, new SELU().derivative(0));
        assertEquals(0.0, new ReLU6().derivative(0));
        assertEquals(0.0, new ReLU6().derivative(6));
        assertEquals(1.0, new ReLU6().derivative(5.999));
        assertEquals(0.0, new HardSigmoid().derivative(3));
        assertEquals(0.0, new HardSigmoid().derivative(-3));
        assertEquals(1.0 / 6, new HardSigmoid().derivative(2.999));
    }

    @Test
    void parametersChangeTheFunction() {
        assertEquals(-0.6, new LeakyReLU(0.2).apply(-3), 1e-15);
        assertEquals(2 * Math.expm1(-1), new ELU(2).apply(-1), 1e-15);
        Softplus sharp = new Softplus(2, 20);
        assertEquals(Math.log1p(Math.exp(2)) / 2, sharp.apply(1), 1e-15);
        assertEquals(10.5, sharp.apply(10.5), "beta*x = 21 > threshold 20: returns x, as PyTorch");
        assertEquals(1.0, sharp.derivative(10.5));
        assertEquals(25.0, new Softplus().apply(25.0));
    }

    @Test
    void seluUsesPyTorchConstants() {
        assertEquals(1.6732632423543772, SELU.ALPHA);
        assertEquals(1.0507009873554805, SELU.SCALE);
    }
}
