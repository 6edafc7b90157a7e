package org.dlcourse.nn.layer;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.family.TFloating;

import java.util.List;
import java.util.Locale;

/**
 * A weight penalty added to the loss; create with {@link Regularizers}. The L2 penalty of a kernel
 * W is {@code l2 * sum(W^2)}, as Keras' {@code regularizers.L2}: it is part of the loss the
 * optimiser descends (each step also pulls every weight towards 0 by {@code lr * 2 * l2 * w}) and,
 * as in Keras, of the reported training loss, {@code val_loss} and {@code evaluate}'s loss.
 */
public final class Regularizer {
    private final double l2;

    Regularizer(double l2) {
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("The L2 factor must be a number >= 0, got " + l2
                    + ": e.g. Regularizers.l2(1e-4)");
        }
        this.l2 = l2;
    }

    /** The L2 factor. */
    public double l2() {
        return l2;
    }

    /** The penalty of one variable, {@code l2 * sum(w^2)}. */
    <T extends TFloating> Operand<T> penalty(Net<T> net, Ops tf, Operand<T> w) {
        // squared through Identity: the gradient of Square crashes on a (ref) variable read directly
        return tf.math.mul(net.scalar(l2), tf.reduceSum(tf.math.square(tf.identity(w)), net.allAxes(w)));
    }

    /**
     * The sum of the penalties of the variables whose spec has a regulariser; null when none has.
     */
    public static <T extends TFloating> Operand<T> total(Net<T> net, List<? extends Operand<T>> vars, List<ParamSpec> specs) {
        Operand<T> sum = null;
        for (int i = 0; i < vars.size(); i++) {
            Regularizer r = specs.get(i).regularizer();
            if (r != null) {
                Operand<T> p = r.penalty(net, net.tf, vars.get(i));
                sum = sum == null ? p : net.tf.math.add(sum, p);
            }
        }
        return sum;
    }

    /** The form saved in a model file and read back by {@link #parse}, e.g. {@code l2(1.0E-4)}. */
    String configName() {
        return "l2(" + l2 + ")";
    }

    /** Reads {@link #configName()}'s form. */
    static Regularizer parse(String s) {
        String n = s.trim().toLowerCase(Locale.ROOT);
        if (!n.startsWith("l2(") || !n.endsWith(")")) {
            throw new IllegalArgumentException("Unknown regularizer '" + s + "': expected l2(factor)");
        }
        return new Regularizer(Double.parseDouble(n.substring(3, n.length() - 1)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Regularizer && Double.compare(((Regularizer) o).l2, l2) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(l2);
    }

    @Override
    public String toString() {
        return "L2(" + l2 + ")";
    }
}
