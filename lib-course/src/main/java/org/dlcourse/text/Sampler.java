package org.dlcourse.text;

import java.util.SplittableRandom;

/**
 * Picks the next word from a model's probabilities. Greedy takes the most probable word; sampling
 * with a temperature (온도) T draws from p_i^(1/T) / Σ_j p_j^(1/T): T = 1 is the model's own
 * distribution, T &lt; 1 sharpens it (safer, more repetitive), T &gt; 1 flattens it (more varied,
 * more mistakes), and T → 0 becomes greedy.
 */
public final class Sampler {
    private Sampler() {
    }

    /** The index of the largest probability (the first on ties). */
    public static int greedy(float[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The distribution reweighted by temperature T &gt; 0 (computed in log space; sums to 1). */
    public static double[] withTemperature(float[] p, double temperature) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("The temperature must be positive, got " + temperature + " (use greedy for 0)");
        }
        double[] logits = new double[p.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            logits[i] = p[i] > 0 ? Math.log(p[i]) / temperature : Double.NEGATIVE_INFINITY;
            max = Math.max(max, logits[i]);
        }
        double sum = 0;
        double[] q = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            q[i] = Math.exp(logits[i] - max);
            sum += q[i];
        }
        for (int i = 0; i < q.length; i++) {
            q[i] /= sum;
        }
        return q;
    }

    /** Draws an index with temperature T; T &lt;= 0 means greedy. */
    public static int sample(float[] p, double temperature, SplittableRandom random) {
        if (temperature <= 0) {
            return greedy(p);
        }
        double[] q = withTemperature(p, temperature);
        double u = random.nextDouble();
        double c = 0;
        for (int i = 0; i < q.length; i++) {
            c += q[i];
            if (u < c) {
                return i;
            }
        }
        return greedy(p);
    }
}
