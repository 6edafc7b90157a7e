/**
 * The Keras-style neural-network engine on TensorFlow Java (graph mode with a session): its face, the model
 * API a notebook uses.
 *
 * <ul>
 *   <li>{@link org.dlcourse.nn.Sequential}: build with {@link org.dlcourse.nn.layer.Layers}, {@code compile} with
 *       {@link org.dlcourse.nn.train.Optimizers}, {@link org.dlcourse.nn.train.Losses} and
 *       {@link org.dlcourse.nn.train.Metrics}, then {@code fit}, {@code evaluate}, {@code predict} (the
 *       {@link org.dlcourse.nn.Predictor} interface), {@code summary} and the shapes (the
 *       {@link org.dlcourse.nn.Architecture} interface), {@code save}/{@code load}.</li>
 *   <li>{@link org.dlcourse.nn.FitOptions}: epochs, batch size, validation, seed, verbosity, callbacks
 *       ({@link org.dlcourse.nn.EarlyStopping}, {@link org.dlcourse.nn.ModelCheckpoint}), seeded image
 *       {@link org.dlcourse.nn.Augmentation} of the training batches; the result is a
 *       {@link org.dlcourse.nn.History}.</li>
 *   <li>Training: {@code fit} hands the loop to a trainer (package-private {@code Trainer}) that calls
 *       {@link org.dlcourse.nn.Callback}s with a {@link org.dlcourse.nn.Training}: the model and its
 *       weights, the history so far, the epoch's logs, the learning rate (settable: a schedule), and
 *       {@code stopTraining}. The progress line ({@code Progress}), the divergence stop ({@code Divergence}),
 *       early stopping and checkpoints (watching a metric through {@code Monitor}) are callbacks of that one
 *       public API, so a learner's own callback can do what they do; the direction of a metric is declared by
 *       the metric ({@link org.dlcourse.nn.train.Metric#higherIsBetter()}). The loop stays here, beside the
 *       callback API it drives, rather than in {@code nn.train}: it calls the model and builds the
 *       {@code Training}, so anywhere else it would make a package cycle and open the model's internals.</li>
 *   <li>Looking inside a trained model: {@link org.dlcourse.nn.ConvFilters}, {@link org.dlcourse.nn.FeatureMaps},
 *       {@link org.dlcourse.nn.LayerOutputs}.</li>
 *   <li>Inside a model (package-private): {@code Sequential} is the public face and delegates to
 *       {@code TrainingState} (compile settings, step and shuffle counts, history), {@code ModelSummary}, and
 *       {@code ModelFile} (save and load; it stays here because it rebuilds a {@code Sequential} and
 *       {@code Sequential.save}/{@code load} call it, so an {@code nn.io} package would only make a cycle).</li>
 * </ul>
 *
 * <p>The engine's floors, each package using only those below it:
 * <ol>
 *   <li>{@link org.dlcourse.nn.layer}: the layers, the {@code Plan} a built model is, the layer registry, and
 *       the two seams a layer is written against ({@code Net}, the TensorFlow graph as the layers see it;
 *       {@code OnnxForm}, the ONNX exporter's graph).</li>
 *   <li>{@link org.dlcourse.nn.train}: losses, metrics, optimisers (one small class each), the targets and the
 *       row order.</li>
 *   <li>{@link org.dlcourse.nn.graph} (engine-internal): the TensorFlow graph and session, inference, the
 *       input checks, the initial weights.</li>
 *   <li>this package: the model and its training loop; it also uses {@code org.dlcourse.config}
 *       ({@code RunProfile}, settings).</li>
 *   <li>above the engine: {@code org.dlcourse.interop.onnx} (export, ONNX Runtime) and
 *       {@code org.dlcourse.interop.tribuo} (Tribuo's evaluations and trainer). One cycle remains:
 *       {@code Sequential.evaluateClassification}/{@code evaluateRegression}, notebook-facing calls that return
 *       Tribuo's reports, delegate to {@code TribuoBridge}.</li>
 * </ol>
 * Nothing in the engine imports {@code org.dlcourse.notebook} or {@code org.dlcourse.plot}. A member made public
 * only for a higher floor says "engine-internal" in its javadoc.
 *
 * <p>Design choices, briefly: initial weights are drawn in Java (TF Java's Glorot initialiser is wrong);
 * optimiser updates are ordered after all gradients and Adam's bias corrections are fed from Java, so the
 * same seed and data give bit-identical weights; cross-entropy after softmax/sigmoid uses the logits;
 * shapes are checked in Java before TensorFlow sees any data.
 */
package org.dlcourse.nn;
