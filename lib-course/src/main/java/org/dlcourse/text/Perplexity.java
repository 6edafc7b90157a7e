package org.dlcourse.text;

import org.dlcourse.nn.Sequential;

import java.util.Arrays;

/**
 * Perplexity (퍼플렉서티): exp of the mean negative log-probability that a model gives to the words
 * that actually come next, PPL = exp(-(1/N) Σ ln P(w_t | context)). A model that spreads its
 * probability evenly over K words has perplexity K, so perplexity reads as "how many words the
 * model hesitates between"; lower is better. It is exp of the cross-entropy loss (in nats).
 */
public final class Perplexity {
    /** Windows predicted at once: bounds the memory to CHUNK x vocabulary floats. */
    static final int CHUNK = 1024;
    /** Probabilities are floored here so a zero never gives an infinite perplexity. */
    static final double FLOOR = 1e-12;

    private Perplexity() {
    }

    /** exp(mean cross-entropy in nats), e.g. of a model's evaluation loss. */
    public static double fromLoss(double meanCrossEntropy) {
        return Math.exp(meanCrossEntropy);
    }

    /** The perplexity of probabilities given to the true next words. */
    public static double of(double[] probabilities) {
        double nll = 0;
        for (double p : probabilities) {
            nll -= Math.log(Math.max(p, FLOOR));
        }
        return Math.exp(nll / probabilities.length);
    }

    /** The probability the model gives to each window's target (predicted in chunks). */
    public static double[] targetProbabilities(Sequential model, Windows windows) {
        double[] p = new double[windows.size()];
        for (int from = 0; from < windows.size(); from += CHUNK) {
            int to = Math.min(windows.size(), from + CHUNK);
            float[][] out = model.predict(Arrays.copyOfRange(windows.inputs(), from, to));
            for (int i = from; i < to; i++) {
                p[i] = out[i - from][windows.targets()[i]];
            }
        }
        return p;
    }

    /** The model's perplexity on the windows' targets. */
    public static double of(Sequential model, Windows windows) {
        return of(targetProbabilities(model, windows));
    }
}
