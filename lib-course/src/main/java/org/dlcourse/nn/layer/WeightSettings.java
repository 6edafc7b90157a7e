package org.dlcourse.nn.layer;

import java.util.Map;

/**
 * The settings Dense and Conv2D share about their weights: the kernel's and the bias's
 * initialisers, and the kernel's regulariser; written to and read from a layer's saved configuration
 * (files saved before these settings existed read as Keras' defaults).
 */
final class WeightSettings {
    Initializer kernelInitializer = Initializer.GLOROT_UNIFORM;
    Initializer biasInitializer = Initializer.ZEROS;
    Regularizer kernelRegularizer;

    /** The kernel's spec, with its penalty. */
    ParamSpec kernel(int[] shape, int fanIn, int fanOut) {
        return new ParamSpec("kernel", shape, kernelInitializer, fanIn, fanOut).regularized(kernelRegularizer);
    }

    /** The bias's spec. */
    ParamSpec bias(int units, int fanIn, int fanOut) {
        return new ParamSpec("bias", new int[] {units}, biasInitializer, fanIn, fanOut);
    }

    void writeConfig(Map<String, String> c) {
        c.put("kernel_initializer", kernelInitializer.configName());
        if (!biasInitializer.equals(Initializer.ZEROS)) {
            c.put("bias_initializer", biasInitializer.configName());
        }
        if (kernelRegularizer != null) {
            c.put("kernel_regularizer", kernelRegularizer.configName());
        }
    }

    void readConfig(Map<String, String> c) {
        kernelInitializer = Initializer.parse(c.get("kernel_initializer"));
        biasInitializer = Initializer.parse(c.getOrDefault("bias_initializer", "zeros"));
        kernelRegularizer = c.containsKey("kernel_regularizer") ? Regularizer.parse(c.get("kernel_regularizer")) : null;
    }

    static Initializer require(Initializer init) {
        if (init == null) {
            throw new IllegalArgumentException("The initializer is null: pass e.g. Initializer.randomNormal(0.1)"
                    + " or Initializer.GLOROT_UNIFORM");
        }
        return init;
    }
}
