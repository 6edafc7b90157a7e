package org.dlcourse.nn.layer;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Weight initialisers, computed in Java from the model's seed (TF Java's own Glorot uniform draws
 * only from [0, limit) and gets the convolution fan-in wrong, so we never use it).
 *
 * <p>Fans follow Keras: a dense kernel [in, out] has fan_in = in and fan_out = out; a convolution
 * kernel [kh, kw, in_channels, filters] has fan_in = kh*kw*in_channels and fan_out = kh*kw*filters.
 *
 * <p>The fixed initialisers are constants ({@link #GLOROT_UNIFORM}, {@link #ZEROS}, ...); the
 * random normal one takes its standard deviation: {@code Initializer.randomNormal(0.1)} draws from
 * N(0, 0.1^2), as the lecture's {@code tf.random_normal(stddev=0.1)} (deck 003) and Keras'
 * {@code RandomNormal(stddev=0.1)}.
 */
public final class Initializer {
    /** Uniform on [-limit, limit] with limit = sqrt(6 / (fan_in + fan_out)); Keras' default. */
    public static final Initializer GLOROT_UNIFORM = new Initializer(Kind.GLOROT_UNIFORM, 0);
    /**
     * Truncated normal with stddev sqrt(2 / fan_in), as Keras: draws beyond two standard
     * deviations are redrawn and the scale is divided by 0.8796 (the truncated normal's own
     * standard deviation) so the weights keep variance 2 / fan_in.
     */
    public static final Initializer HE_NORMAL = new Initializer(Kind.HE_NORMAL, 0);
    /** Uniform on [-limit, limit] with limit = sqrt(6 / fan_in). */
    public static final Initializer HE_UNIFORM = new Initializer(Kind.HE_UNIFORM, 0);
    /** Uniform on [-0.05, 0.05]; Keras' {@code random_uniform}, the default of Embedding. */
    public static final Initializer RANDOM_UNIFORM = new Initializer(Kind.RANDOM_UNIFORM, 0);
    /**
     * A random orthogonal matrix (fan_in rows x fan_out columns): Gram-Schmidt on a Gaussian matrix,
     * which is the distribution of Keras' QR-based {@code orthogonal}; the default of recurrent kernels.
     */
    public static final Initializer ORTHOGONAL = new Initializer(Kind.ORTHOGONAL, 0);
    /**
     * Zeros except ones in the second quarter: the LSTM bias with Keras' {@code unit_forget_bias=True}
     * (gate order input, forget, cell, output).
     */
    public static final Initializer UNIT_FORGET_BIAS = new Initializer(Kind.UNIT_FORGET_BIAS, 0);
    /** All zeros (biases). */
    public static final Initializer ZEROS = new Initializer(Kind.ZEROS, 0);
    /** All ones (a batch normalisation's scale and moving variance). */
    public static final Initializer ONES = new Initializer(Kind.ONES, 0);

    /** Keras' default standard deviation of {@code random_normal}. */
    public static final double KERAS_NORMAL_STDDEV = 0.05;

    private enum Kind {
        GLOROT_UNIFORM, HE_NORMAL, HE_UNIFORM, RANDOM_UNIFORM, ORTHOGONAL, UNIT_FORGET_BIAS, ZEROS, ONES, RANDOM_NORMAL
    }

    private final Kind kind;
    private final double stddev;

    private Initializer(Kind kind, double stddev) {
        this.kind = kind;
        this.stddev = stddev;
    }

    /**
     * A normal distribution with mean 0 and the given standard deviation, e.g. {@code randomNormal(0.1)}
     * for deck 003's MLP weights and biases, {@code randomNormal(0.01)} for its CNN's kernels. Keras'
     * {@code RandomNormal} (not truncated: every draw is kept).
     *
     * @throws IllegalArgumentException if the standard deviation is not a positive number
     */
    public static Initializer randomNormal(double stddev) {
        if (!(stddev > 0) || Double.isInfinite(stddev)) {
            throw new IllegalArgumentException("The standard deviation of randomNormal must be a positive number, got "
                    + stddev + ": e.g. Initializer.randomNormal(0.1)");
        }
        return new Initializer(Kind.RANDOM_NORMAL, stddev);
    }

    /** The standard deviation of a {@link #randomNormal} initialiser; 0 for the others. */
    public double stddev() {
        return stddev;
    }
    /** The truncated standard normal on [-2, 2] has this standard deviation. */
    private static final double TRUNCATED_STDDEV = 0.87962566103423978;

    /**
     * Parses a Keras name: {@code glorot_uniform, he_normal, he_uniform, random_uniform, orthogonal,
     * zeros, ones, random_normal} (standard deviation 0.05, Keras' default), or
     * {@code random_normal(stddev=0.1)} as {@link #configName()} writes it.
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static Initializer parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.startsWith("random_normal(stddev=") && n.endsWith(")")) {
            return randomNormal(Double.parseDouble(n.substring("random_normal(stddev=".length(), n.length() - 1)));
        }
        switch (n) {
            case "glorot_uniform": case "xavier_uniform": return GLOROT_UNIFORM;
            case "he_normal": return HE_NORMAL;
            case "he_uniform": return HE_UNIFORM;
            case "zeros": case "zero": return ZEROS;
            case "ones": case "one": return ONES;
            case "random_normal": case "normal": return randomNormal(KERAS_NORMAL_STDDEV);
            case "random_uniform": case "uniform": return RANDOM_UNIFORM;
            case "orthogonal": return ORTHOGONAL;
            case "unit_forget_bias": return UNIT_FORGET_BIAS;
            default:
                throw new IllegalArgumentException("Unknown initializer '" + name
                        + "': use one of glorot_uniform, he_normal, he_uniform, random_uniform,"
                                + " random_normal, orthogonal, zeros, ones (or Initializer.randomNormal(stddev))");
        }
    }

    /** The Keras name, e.g. {@code glorot_uniform} or {@code random_normal}. */
    public String kerasName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The name with its argument, which {@link #parse} reads back: the Keras name, or e.g.
     * {@code random_normal(stddev=0.1)}.
     */
    public String configName() {
        return kind == Kind.RANDOM_NORMAL ? "random_normal(stddev=" + stddev + ")" : kerasName();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Initializer && ((Initializer) o).kind == kind
                && Double.compare(((Initializer) o).stddev, stddev) == 0;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Double.hashCode(stddev);
    }

    @Override
    public String toString() {
        return configName();
    }

    /**
     * Draws {@code count} values.
     *
     * @param count  number of values
     * @param fanIn  inputs per unit
     * @param fanOut outputs per unit
     * @param random the seeded source
     */
    public double[] sample(int count, int fanIn, int fanOut, SplittableRandom random) {
        double[] w = new double[count];
        switch (kind) {
            case GLOROT_UNIFORM: {
                double limit = Math.sqrt(6.0 / (fanIn + fanOut));
                for (int i = 0; i < count; i++) {
                    w[i] = limit * (2.0 * random.nextDouble() - 1.0);
                }
                return w;
            }
            case HE_UNIFORM: {
                double limit = Math.sqrt(6.0 / fanIn);
                for (int i = 0; i < count; i++) {
                    w[i] = limit * (2.0 * random.nextDouble() - 1.0);
                }
                return w;
            }
            case HE_NORMAL: {
                double scale = Math.sqrt(2.0 / fanIn) / TRUNCATED_STDDEV;
                for (int i = 0; i < count; i++) {
                    double z;
                    do {
                        z = gaussian(random);
                    } while (Math.abs(z) > 2.0);
                    w[i] = scale * z;
                }
                return w;
            }
            case RANDOM_UNIFORM: {
                for (int i = 0; i < count; i++) {
                    w[i] = 0.05 * (2.0 * random.nextDouble() - 1.0);
                }
                return w;
            }
            case ORTHOGONAL:
                return orthogonal(fanIn, fanOut, random);
            case RANDOM_NORMAL: {
                for (int i = 0; i < count; i++) {
                    w[i] = stddev * gaussian(random);
                }
                return w;
            }
            case ONES: {
                java.util.Arrays.fill(w, 1.0);
                return w;
            }
            case UNIT_FORGET_BIAS: {
                int units = count / 4;
                for (int i = units; i < 2 * units; i++) {
                    w[i] = 1.0;
                }
                return w;
            }
            default:
                return w;
        }
    }

    /** A rows x cols matrix (row-major) with orthonormal rows or columns, whichever are fewer. */
    private static double[] orthogonal(int rows, int cols, SplittableRandom random) {
        // Orthonormalise the shorter side: vectors v[k] of length len.
        boolean byRows = rows <= cols;
        int k = byRows ? rows : cols;
        int len = byRows ? cols : rows;
        double[][] v = new double[k][len];
        for (double[] row : v) {
            for (int j = 0; j < len; j++) {
                row[j] = gaussian(random);
            }
        }
        for (int a = 0; a < k; a++) {
            // Modified Gram-Schmidt, twice for numerical orthogonality.
            for (int pass = 0; pass < 2; pass++) {
                for (int b = 0; b < a; b++) {
                    double dot = 0;
                    for (int j = 0; j < len; j++) {
                        dot += v[a][j] * v[b][j];
                    }
                    for (int j = 0; j < len; j++) {
                        v[a][j] -= dot * v[b][j];
                    }
                }
            }
            double norm = 0;
            for (int j = 0; j < len; j++) {
                norm += v[a][j] * v[a][j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < len; j++) {
                v[a][j] /= norm;
            }
        }
        double[] w = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                w[r * cols + c] = byRows ? v[r][c] : v[c][r];
            }
        }
        return w;
    }

    /** Box-Muller; SplittableRandom has no nextGaussian in Java 17. */
    private static double gaussian(SplittableRandom random) {
        double u1;
        do {
            u1 = random.nextDouble();
        } while (u1 == 0.0);
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
