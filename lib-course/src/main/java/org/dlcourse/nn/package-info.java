/**
 * The Keras-style neural-network engine on TensorFlow Java (graph mode with a session).
 *
 * <ul>
 *   <li>{@link org.dlcourse.nn.Sequential}: build with {@link org.dlcourse.nn.layer.Layers}, {@code compile} with
 *       {@link org.dlcourse.nn.train.Optimizers}, {@link org.dlcourse.nn.train.Losses} and {@link org.dlcourse.nn.train.Metrics},
 *       then {@code fit}, {@code evaluate}, {@code predict}, {@code summary}, {@code save}/{@code load}.</li>
 *   <li>{@link org.dlcourse.nn.FitOptions}: epochs, batch size, validation, seed, verbosity, callbacks
 *       ({@link org.dlcourse.nn.EarlyStopping}, {@link org.dlcourse.nn.ModelCheckpoint}), seeded image
 *       {@link org.dlcourse.nn.Augmentation} of the training batches; the result is a
 *       {@link org.dlcourse.nn.History}.</li>
 *   <li>A built model is a {@link org.dlcourse.nn.layer.Plan} of {@link org.dlcourse.nn.layer.BuiltLayer}s, made by one
 *       walk when the model is built: each layer with its input and output shapes and its parameters
 *       (names, shapes; values as its slice of {@code getWeights()}). The graph, {@code summary}, save and
 *       load, the ONNX and Tribuo exporters, {@link org.dlcourse.nn.ConvFilters} and
 *       {@link org.dlcourse.nn.FeatureMaps} read it. Layer types are registered in one place (the
 *       package-private {@code LayerTypes}): a new layer is its class, its tests and one line there; its
 *       ONNX form is its own {@code toOnnx} on an {@link org.dlcourse.nn.layer.OnnxForm} (the exporter's graph
 *       as the layers see it, so the engine does not depend on the ONNX library).</li>
 *   <li>Inside a model (package-private): {@code Sequential} is the public face and delegates to
 *       {@code ModelSession} (the weights, the TensorFlow graph and session built on first use, the
 *       threads, the one-run-at-a-time lock) and {@code TrainingState} (compile settings, step and
 *       shuffle counts, history). The graph is {@code TrainingGraph} (variables, forward passes, running
 *       steps) with {@code LossAndUpdateOps} (per way of giving targets: the loss and the ordered
 *       gradient and optimiser-update ops).</li>
 *   <li>Training: {@code fit} hands the loop to a trainer (package-private {@code Trainer}) that calls
 *       {@link org.dlcourse.nn.Callback}s with a {@link org.dlcourse.nn.Training}: the model and its
 *       weights, the history so far, the epoch's logs, the learning rate (settable: a schedule), and
 *       {@code stopTraining}. The progress line, the divergence stop, early stopping and checkpoints are
 *       callbacks of that one public API, so a learner's own callback can do what they do; the direction
 *       of a metric is declared by the metric ({@link org.dlcourse.nn.train.Metric#higherIsBetter()}).</li>
 *   <li>Against overfitting and for the lecture's models: {@link org.dlcourse.nn.layer.Dropout},
 *       {@link org.dlcourse.nn.layer.BatchNormalization} (batch statistics in training, moving statistics in
 *       inference), an L2 penalty on Dense and Conv2D kernels ({@link org.dlcourse.nn.layer.Regularizers}),
 *       {@link org.dlcourse.nn.layer.Initializer#randomNormal(double)} for kernels and biases, the leaky ReLU
 *       ({@code "leaky_relu"} or {@link org.dlcourse.nn.layer.LeakyReLU}); optimisers SGD (with momentum),
 *       RMSprop, Adam, AdaGrad and AdaDelta with Keras 3's defaults, each one small package-private
 *       subclass of {@link org.dlcourse.nn.train.Optimizer} owning its defaults, its state (slots), its update
 *       ops, its model-file settings and its Tribuo form: a new optimiser is one class, its factory in
 *       {@link org.dlcourse.nn.train.Optimizers} and its line in {@code Optimizer}'s table of saved names.</li>
 *   <li>Sequence models: {@link org.dlcourse.nn.layer.Layers#tokenInput(int)} (token ids, fed as float rows or as the
 *       {@code int[][]} of {@code Sequences.pad}), {@link org.dlcourse.nn.layer.Embedding},
 *       {@link org.dlcourse.nn.layer.GlobalAveragePooling1D}, {@link org.dlcourse.nn.layer.SimpleRNN} and
 *       {@link org.dlcourse.nn.layer.LSTM} (unrolled, or TensorFlow's fused op with a gradient registered from Java,
 *       chosen automatically).</li>
 *   <li>{@link org.dlcourse.interop.tribuo.TribuoBridge}: Tribuo evaluations and Tribuo's {@code TensorFlowTrainer} on the
 *       model's graph.</li>
 * </ul>
 *
 * <p>Design choices, briefly: initial weights are drawn in Java (TF Java's Glorot initialiser is wrong);
 * optimiser updates are ordered after all gradients and Adam's bias corrections are fed from Java, so the
 * same seed and data give bit-identical weights; cross-entropy after softmax/sigmoid uses the logits;
 * shapes are checked in Java before TensorFlow sees any data.
 */
package org.dlcourse.nn;
