package dev.nonlinear.train;

/**
 * What one epoch of training achieved. Accuracy is NaN for regression; the validation values are
 * NaN when no validation set was given.
 */
public record EpochResult(int epoch, double loss, double accuracy, double valLoss, double valAccuracy,
                          double seconds) {

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format("epoch %d  loss %.4f", epoch, loss));
        if (!Double.isNaN(accuracy)) {
            sb.append(String.format("  accuracy %.3f", accuracy));
        }
        if (!Double.isNaN(valLoss)) {
            sb.append(String.format("  val_loss %.4f", valLoss));
        }
        if (!Double.isNaN(valAccuracy)) {
            sb.append(String.format("  val_accuracy %.3f", valAccuracy));
        }
        return sb.append(String.format("  (%.2f s)", seconds)).toString();
    }
}
