/**
 * The engine's TensorFlow floor: the graph and session a model runs in. Engine-internal: a notebook uses
 * {@code org.dlcourse.nn.Sequential}, which delegates here.
 *
 * <ul>
 *   <li>{@link org.dlcourse.nn.graph.ModelSession}: a model's native side, the weights (Java arrays while no
 *       graph exists), the TensorFlow graph and session built on first use, the threads
 *       ({@link org.dlcourse.nn.graph.Threads}), the one-run-at-a-time lock; a run stopped by an interrupt
 *       raises {@link org.dlcourse.nn.graph.RunInterruptedException}.</li>
 *   <li>{@link org.dlcourse.nn.graph.TrainingGraph}: variables, the inference and training passes (the plan's
 *       forward walk), running steps; {@code LossAndUpdateOps} adds, per way of giving targets, the loss and
 *       the ordered gradient and optimiser-update ops; {@code Tensors} reads and writes tensors;
 *       {@link org.dlcourse.nn.graph.OpTimes} sums kernel times of traced steps for the profiling
 *       benchmark.</li>
 *   <li>{@link org.dlcourse.nn.graph.Inference} (batched evaluation and prediction),
 *       {@link org.dlcourse.nn.graph.ModelInputs} (the checks on layers and data before TensorFlow sees them)
 *       and {@link org.dlcourse.nn.graph.ModelWeights} (the initial weights, drawn in Java from the seed, and
 *       the checks of {@code setWeights}).</li>
 * </ul>
 *
 * <p>Floors: uses {@code org.dlcourse.nn.layer}, {@code org.dlcourse.nn.train} and {@code org.dlcourse.config}
 * (the thread settings); used by {@code org.dlcourse.nn} only. What {@code Sequential}, {@code Predictor} and
 * the fit loop call here is public and says it is engine-internal; the probes the gradient-check tests use
 * ({@code lossAndGradients}, {@code readParams}, ...) stay package-private and reach the tests through a
 * test-side helper in this package.
 */
package org.dlcourse.nn.graph;
