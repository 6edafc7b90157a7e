package org.dlcourse.nn;

import java.util.List;
import org.dlcourse.nn.layer.BuiltLayer;
import org.dlcourse.nn.layer.Conv2D;
import org.dlcourse.nn.layer.Layer;

/**
 * The learned filters of a {@link Conv2D} layer, as {@code kernel[kh][kw][inChannels][filters]}
 * (TensorFlow's layout), ready for {@code ImageGrid.filters(kernel)}.
 *
 * <pre>{@code
 * float[][][][] kernel = ConvFilters.of(model, "conv2d_1");   // e.g. [3][3][1][32]
 * ImageGrid.filters(kernel).figure("conv2d_1: 32 learned 3x3 filters")
 * }</pre>
 */
public final class ConvFilters {
    private ConvFilters() {
    }

    /**
     * The current kernel of the named Conv2D layer (a copy).
     *
     * @throws IllegalArgumentException if the model has no layer of that name, or it is not a Conv2D
     */
    public static float[][][][] of(Sequential model, String layerName) {
        int index = LayerLookup.index(model, layerName);
        Layer layer = model.layers().get(index);
        if (!(layer instanceof Conv2D)) {
            throw new IllegalArgumentException("Layer '" + layerName + "' is a " + layer.kind()
                    + ", not a Conv2D: only convolution layers have filters");
        }
        BuiltLayer built = model.plan().layers().get(index);
        int[] shape = built.paramShapes().get(0);   // kh, kw, in, out
        float[] flat = model.plan().byLayer(model.getWeights()).get(index).get(0);
        float[][][][] kernel = new float[shape[0]][shape[1]][shape[2]][shape[3]];
        int k = 0;
        for (int i = 0; i < shape[0]; i++) {
            for (int j = 0; j < shape[1]; j++) {
                for (int c = 0; c < shape[2]; c++) {
                    for (int f = 0; f < shape[3]; f++) {
                        kernel[i][j][c][f] = flat[k++];
                    }
                }
            }
        }
        return kernel;
    }

    /** Looks layers up by name. */
    static final class LayerLookup {
        private LayerLookup() {
        }

        static int index(Sequential model, String name) {
            if (model == null) {
                throw new IllegalArgumentException("The model is null: pass a built (and trained) Sequential");
            }
            List<Layer> layers = model.layers();
            for (int i = 0; i < layers.size(); i++) {
                if (layers.get(i).name().equals(name)) {
                    return i;
                }
            }
            StringBuilder names = new StringBuilder();
            for (Layer l : layers) {
                names.append(names.length() == 0 ? "" : ", ").append(l.name());
            }
            throw new IllegalArgumentException("The model has no layer named '" + name + "': its layers are " + names);
        }
    }
}
