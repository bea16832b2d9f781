package dev.nonlinear.lab;

import dev.nonlinear.activation.ELU;
import dev.nonlinear.activation.LeakyReLU;
import dev.nonlinear.widgets.OutputArea;
import dev.nonlinear.widgets.VBox;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplorersTest {

    @Test
    void sigmoidGradientsShrinkWithDepthAndReluOnesDoNotAtTheirInit() {
        double[] sigmoid = GradientFlow.normsPerLayer("sigmoid", 10, 1, 2);
        double[] relu = GradientFlow.normsPerLayer("relu", 10, 1, 2);
        assertEquals(10, sigmoid.length);
        assertTrue(sigmoid[0] < sigmoid[9] / 100, "sigmoid: layer 1 gets " + sigmoid[0] + ", layer 10 " + sigmoid[9]);
        assertTrue(relu[0] > relu[9] / 10, "relu: layer 1 gets " + relu[0] + ", layer 10 " + relu[9]);
    }

    @Test
    void weightsTooSmallMakeEvenReluVanishEverywhere() {
        // Signals shrink forward and backward alike, so every layer's gradient is tiny, not just the first.
        double[] small = GradientFlow.normsPerLayer("relu", 10, 0.25, 2);
        double[] right = GradientFlow.normsPerLayer("relu", 10, 1, 2);
        assertTrue(small[0] < right[0] / 1000 && small[9] < right[9] / 1000,
                "relu at ×0.25: " + small[0] + ", " + small[9] + "; at ×1: " + right[0] + ", " + right[9]);
    }

    @Test
    void theParameterReachesLeakyReluAndElu() {
        assertEquals(0.3, ((LeakyReLU) ActivationExplorer.withParameter("leaky_relu", 0.3)).slope(), 0);
        assertEquals(1.5, ((ELU) ActivationExplorer.withParameter("elu", 1.5)).alpha(), 0);
        assertEquals("tanh", ActivationExplorer.withParameter("tanh", 0.3).name());
    }

    @Test
    void explorersDrawAPictureAtOnce() {
        VBox zoo = ActivationExplorer.show("relu");
        VBox flow = VanishingGradientExplorer.show();
        for (VBox explorer : new VBox[]{zoo, flow}) {
            OutputArea picture = (OutputArea) explorer.children().get(explorer.children().size() - 1);
            assertTrue(picture.html().startsWith("<img src=\"data:image/png;base64,"), picture.html().substring(0, 60));
        }
    }
}
