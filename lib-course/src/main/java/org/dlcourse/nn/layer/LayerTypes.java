package org.dlcourse.nn.layer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The one place where layer types are registered: each type name ({@link Layer#type()}, as in the
 * model file) with the factory that rebuilds the layer from the configuration
 * {@link Layer#writeConfig} wrote. {@code ModelFile} (load, and the copies the feature-map views
 * make) dispatches through it; a new layer is its class, its tests and its line here.
 *
 * <p>Engine-internal: public for {@code ModelFile} in {@code org.dlcourse.nn}.
 */
public final class LayerTypes {
    private static final Map<String, Function<Map<String, String>, Layer>> FACTORIES = new LinkedHashMap<>();

    static {
        register("dense", Dense::fromConfig);
        register("conv2d", Conv2D::fromConfig);
        register("max_pooling2d", c -> Pooling2D.fromConfig(true, c));
        register("average_pooling2d", c -> Pooling2D.fromConfig(false, c));
        register("flatten", c -> new Flatten());
        register("dropout", c -> new Dropout(Double.parseDouble(c.get("rate"))));
        register("embedding", Embedding::fromConfig);
        register("global_average_pooling1d", c -> new GlobalAveragePooling1D());
        register("simple_rnn", SimpleRNN::fromConfig);
        register("lstm", LSTM::fromConfig);
        register("batch_normalization", BatchNormalization::fromConfig);
        register("leaky_relu", c -> new LeakyReLU(Double.parseDouble(c.get("negative_slope"))));
    }

    private LayerTypes() {
    }

    private static void register(String type, Function<Map<String, String>, Layer> factory) {
        if (FACTORIES.putIfAbsent(type, factory) != null) {
            throw new IllegalStateException("Layer type '" + type + "' is registered twice");
        }
    }

    /** Builds a layer from its type and configuration. */
    public static Layer fromConfig(String type, Map<String, String> config, int position) {
        Function<Map<String, String>, Layer> factory = FACTORIES.get(type == null ? "" : type);
        if (factory == null) {
            throw new IllegalArgumentException("unknown layer type '" + type + "' at position " + position);
        }
        return factory.apply(config);
    }

    /** Whether the type is registered. */
    static boolean isRegistered(String type) {
        return FACTORIES.containsKey(type);
    }
}
