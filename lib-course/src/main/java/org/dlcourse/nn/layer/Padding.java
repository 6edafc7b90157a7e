package org.dlcourse.nn.layer;

import java.util.Locale;

/** Padding of convolutions and pooling, as in Keras. */
public enum Padding {
    /** No padding: output (W - F) / S + 1, rounded down. */
    VALID,
    /** Zero padding so that the output is ceil(W / S); with stride 1 the size is kept. */
    SAME;

    /**
     * Parses {@code same} or {@code valid}.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Padding parse(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "valid": return VALID;
            case "same": return SAME;
            default:
                throw new IllegalArgumentException("Unknown padding '" + name + "': use 'same' or 'valid'");
        }
    }

    /** The Keras name. */
    public String kerasName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Output length along one axis for input {@code w}, window {@code f} and stride {@code s}; 0 if none fits. */
    int outputLength(int w, int f, int s) {
        if (this == SAME) {
            return (w + s - 1) / s;
        }
        return w < f ? 0 : (w - f) / s + 1;
    }

    /** ONNX's {@code auto_pad}: {@code SAME_UPPER} (TensorFlow puts the odd pixel at the end) or {@code VALID}. */
    OnnxForm.Attr onnxAutoPad() {
        return OnnxForm.Attr.text("auto_pad", this == SAME ? "SAME_UPPER" : "VALID");
    }
}
