package org.dlcourse.nn;

import org.dlcourse.nn.layer.ShapeException;

/**
 * What a layer of a trained model computes for one input: the feature maps (특징 맵) of a
 * convolution or pooling layer, as {@code maps[height][width][channels]}, ready for
 * {@code ImageGrid.featureMaps(maps)}.
 *
 * <p>It runs the input through a copy of the model's layers up to and including the named one,
 * with the same weights (dropout inactive, as in prediction); the model itself is not changed.
 *
 * <pre>{@code
 * float[][][] maps = FeatureMaps.of(model, "conv2d_1", xTest[0]);   // e.g. [26][26][32]
 * ImageGrid.featureMaps(maps).limit(16).figure("conv2d_1 on a 7")
 * }</pre>
 */
public final class FeatureMaps {
    private FeatureMaps() {
    }

    /**
     * The named layer's output for one input row (after the layer's activation).
     *
     * @throws IllegalArgumentException if the model has no layer of that name, or its output is
     *                                  not a stack of 2-D maps (height, width, channels)
     * @throws ShapeException           if the input row does not fit the model's input
     */
    public static float[][][] of(Sequential model, String layerName, float[] input) {
        int index = ConvFilters.LayerLookup.index(model, layerName);
        int[] out = model.outputShape(index);
        if (out.length != 3) {
            throw new IllegalArgumentException("Layer '" + layerName + "' (" + model.layers().get(index).kind()
                    + ") outputs " + ShapeException.format(out) + ", not feature maps (None, height, width, channels):"
                    + " pick a Conv2D or pooling layer");
        }
        if (input == null) {
            throw new IllegalArgumentException("The input is null: pass one row of " + model.input().size() + " values");
        }
        float[] flat;
        try (Sequential front = LayerOutputs.front(model, index)) {
            flat = front.predict(new float[][] {input})[0];
        }
        float[][][] maps = new float[out[0]][out[1]][out[2]];
        int k = 0;
        for (int r = 0; r < out[0]; r++) {
            for (int c = 0; c < out[1]; c++) {
                for (int ch = 0; ch < out[2]; ch++) {
                    maps[r][c][ch] = flat[k++];
                }
            }
        }
        return maps;
    }
}
