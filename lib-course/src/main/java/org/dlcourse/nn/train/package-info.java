/**
 * What training optimises and measures, below the model: losses, metrics, optimisers and the targets and
 * row order a step is fed from.
 *
 * <ul>
 *   <li>{@link org.dlcourse.nn.train.Loss} (made by {@link org.dlcourse.nn.train.Losses}): the mean loss of a
 *       batch as graph ops; cross-entropy after softmax or sigmoid is computed from the logits.</li>
 *   <li>{@link org.dlcourse.nn.train.Metric} (made by {@link org.dlcourse.nn.train.Metrics}): computed in Java
 *       from the outputs; it declares its direction ({@link org.dlcourse.nn.train.Metric#higherIsBetter()}).</li>
 *   <li>{@link org.dlcourse.nn.train.Optimizer} (made by {@link org.dlcourse.nn.train.Optimizers}): SGD (with
 *       momentum), RMSprop, Adam, AdaGrad and AdaDelta with Keras 3's defaults, each one small package-private
 *       subclass owning its defaults, its state (slots), its update ops, its model-file settings and its
 *       Tribuo form: a new optimiser is one class, its factory and its line in {@code Optimizer}'s table of
 *       saved names.</li>
 *   <li>{@link org.dlcourse.nn.train.Targets} (class labels or rows of values, checked against the output) and
 *       {@link org.dlcourse.nn.train.RowOrder} (the seeded shuffle per epoch, the copying of a batch's rows,
 *       the seed mixer the initialisers and the benchmarks use): engine-internal.</li>
 * </ul>
 *
 * <p>Floors: uses {@code org.dlcourse.nn.layer} (the graph context {@code Net}, activations, shape errors)
 * and Tribuo's optimiser names; used by {@code org.dlcourse.nn.graph} and {@code org.dlcourse.nn}. The fit loop
 * itself ({@code Trainer}) is not here: it drives the model and the callbacks' {@code Training}, so it lives
 * with them in {@code org.dlcourse.nn} (here it would make a cycle between the two packages and open the
 * model's internals). The methods that add a loss or an optimiser to a graph are public for the graph
 * builder and marked engine-internal.
 */
package org.dlcourse.nn.train;
