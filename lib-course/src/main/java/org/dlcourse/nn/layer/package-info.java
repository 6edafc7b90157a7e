/**
 * The engine's layer floor: the layers a model is built from and the plan a built model is.
 *
 * <ul>
 *   <li>{@link org.dlcourse.nn.layer.Layers} (the factory a notebook uses), {@link org.dlcourse.nn.layer.Layer}
 *       and its kinds: {@link org.dlcourse.nn.layer.Input}, {@link org.dlcourse.nn.layer.Dense},
 *       {@link org.dlcourse.nn.layer.Conv2D}, {@link org.dlcourse.nn.layer.Pooling2D},
 *       {@link org.dlcourse.nn.layer.Flatten}, {@link org.dlcourse.nn.layer.Dropout},
 *       {@link org.dlcourse.nn.layer.BatchNormalization}, {@link org.dlcourse.nn.layer.LeakyReLU},
 *       {@link org.dlcourse.nn.layer.Embedding}, {@link org.dlcourse.nn.layer.GlobalAveragePooling1D},
 *       {@link org.dlcourse.nn.layer.SimpleRNN} and {@link org.dlcourse.nn.layer.LSTM} (with
 *       {@link org.dlcourse.nn.layer.LstmGradient}, the fused op's gradient registered from Java, and the
 *       package-private {@code UnrolledLstmGradient}, the unrolled route's backpropagation through time
 *       written by hand); what they
 *       are configured with: {@link org.dlcourse.nn.layer.Activation}, {@link org.dlcourse.nn.layer.Padding},
 *       {@link org.dlcourse.nn.layer.Initializer}, {@link org.dlcourse.nn.layer.Regularizer} (made by
 *       {@link org.dlcourse.nn.layer.Regularizers}), {@link org.dlcourse.nn.layer.WeightSettings} (a kernel's
 *       initialisers and penalty as saved in a model file).</li>
 *   <li>A built model is a {@link org.dlcourse.nn.layer.Plan} of {@link org.dlcourse.nn.layer.BuiltLayer}s,
 *       made by one walk from the input shape: each layer with its input and output shapes and its parameters
 *       ({@link org.dlcourse.nn.layer.ParamSpec}: name, shape, initialiser, trainable, penalty).</li>
 *   <li>Layer types are registered in one place, {@link org.dlcourse.nn.layer.LayerTypes}: a new layer is its
 *       class, its tests and one line there (and its factory in {@code Layers}).</li>
 *   <li>The two seams a layer is written against: {@link org.dlcourse.nn.layer.Net}, the TensorFlow graph as
 *       the layers (and the losses, regularisers and optimisers) see it, and
 *       {@link org.dlcourse.nn.layer.OnnxForm}, the ONNX exporter's graph as the layers see it, so this
 *       floor does not depend on the ONNX library. {@link org.dlcourse.nn.layer.ShapeException} is the error
 *       a layer (or the model) raises for a shape it cannot take.</li>
 * </ul>
 *
 * <p>Floors: this is the bottom of the engine. It uses TensorFlow Java only (and no other course package);
 * {@code org.dlcourse.nn.train}, {@code org.dlcourse.nn.graph}, {@code org.dlcourse.nn} and the exporters use
 * it. A layer's own methods for the engine ({@code type}, {@code forward}, {@code writeConfig},
 * {@code activation}, ...) are public because the graph and the model file live on the floors above;
 * their javadoc says so where a notebook has no use for them.
 */
package org.dlcourse.nn.layer;
