package org.dlcourse.nn.train;

/** Factory of the metrics. */
public final class Metrics {
    private Metrics() {
    }

    /** Classification accuracy. */
    public static Metric accuracy() {
        return new Metric(Metric.Kind.ACCURACY);
    }

    /** Mean absolute error. */
    public static Metric mae() {
        return new Metric(Metric.Kind.MAE);
    }
}
