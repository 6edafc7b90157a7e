package org.dlcourse.nn.graph;

import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TFloat64;

/** Java arrays to and from TensorFlow tensors of a model's precision (32- or 64-bit floats). */
final class Tensors {
    private Tensors() {
    }

    static Tensor floats(Class<?> type, Shape shape, float[] data) {
        if (type == TFloat32.class) {
            return TFloat32.tensorOf(shape, DataBuffers.of(data, true, false));
        }
        double[] d = new double[data.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = data[i];
        }
        return TFloat64.tensorOf(shape, DataBuffers.of(d, true, false));
    }

    static Tensor doubles(Class<?> type, Shape shape, double[] data) {
        if (type == TFloat64.class) {
            return TFloat64.tensorOf(shape, DataBuffers.of(data, true, false));
        }
        float[] f = new float[data.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) data[i];
        }
        return TFloat32.tensorOf(shape, DataBuffers.of(f, true, false));
    }

    static Tensor scalar(Class<?> type, double v) {
        return type == TFloat32.class ? TFloat32.scalarOf((float) v) : TFloat64.scalarOf(v);
    }

    static float[] readFloats(Tensor t) {
        float[] out = new float[(int) t.shape().size()];
        if (t instanceof TFloat32) {
            ((TFloat32) t).copyTo(DataBuffers.of(out, false, false));
        } else {
            double[] d = readDoubles(t);
            for (int i = 0; i < d.length; i++) {
                out[i] = (float) d[i];
            }
        }
        return out;
    }

    static double[] readDoubles(Tensor t) {
        double[] out = new double[(int) t.shape().size()];
        if (t instanceof TFloat64) {
            ((TFloat64) t).copyTo(DataBuffers.of(out, false, false));
        } else {
            float[] f = new float[out.length];
            ((TFloat32) t).copyTo(DataBuffers.of(f, false, false));
            for (int i = 0; i < f.length; i++) {
                out[i] = f[i];
            }
        }
        return out;
    }
}
