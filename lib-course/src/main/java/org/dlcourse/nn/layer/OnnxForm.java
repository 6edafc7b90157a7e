package org.dlcourse.nn.layer;

import java.util.List;

/**
 * What a layer needs to write its ONNX form (opset 13): the graph under construction, implemented
 * by {@code org.dlcourse.interop.onnx.SequentialOnnx}. Each layer adds its nodes in its own
 * {@code toOnnx} (reading {@link #x()}, setting it to its output), so a new layer with an ONNX form
 * is its class alone; the engine does not depend on the ONNX library.
 */
public interface OnnxForm {
    /** An attribute of a node: an int, a float, ints, a string or strings. */
    record Attr(String name, Object value) {
        /** An INT attribute. */
        public static Attr of(String name, int value) {
            return new Attr(name, value);
        }

        /** A FLOAT attribute. */
        public static Attr real(String name, double value) {
            return new Attr(name, (float) value);
        }

        /** An INTS attribute. */
        public static Attr ints(String name, int... values) {
            return new Attr(name, values.clone());
        }

        /** A STRING attribute. */
        public static Attr text(String name, String value) {
            return new Attr(name, value);
        }

        /** A STRINGS attribute. */
        public static Attr texts(String name, String... values) {
            return new Attr(name, values.clone());
        }
    }

    /** The name of the value the layers so far produce. */
    String x();

    /** Sets the value the next layer reads. */
    void x(String value);

    /** Transposes {@link #x()} to (batch, channels, height, width), as ONNX's Conv and pooling want, once. */
    void toChannelsFirst();

    /** Transposes {@link #x()} back to TensorFlow's (batch, height, width, channels) if it was moved. */
    void toChannelsLast();

    /** Adds a node with one output and returns the output's name. */
    String node(String op, List<String> inputs, Attr... attrs);

    /** Adds a node with {@code outputs} outputs and returns their names. */
    List<String> nodeOutputs(String op, List<String> inputs, int outputs, Attr... attrs);

    /** Adds a float initialiser of these dimensions and returns its name. */
    String initializer(float[] data, int... dims);

    /** Adds an int64 constant vector and returns its name. */
    String int64s(int... values);

    /** A Transpose node. */
    String transpose(String x, int... perm);

    /** A Reshape node. */
    String reshape(String x, int... shape);

    /** ONNX's LeakyRelu with this negative slope. */
    String leakyRelu(String x, double slope);
}
