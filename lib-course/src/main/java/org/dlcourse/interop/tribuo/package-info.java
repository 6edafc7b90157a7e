/**
 * The engine and Tribuo: {@link org.dlcourse.interop.tribuo.TribuoBridge} evaluates a
 * {@link org.dlcourse.nn.Sequential} model with Tribuo's evaluators (what {@code evaluateClassification} and
 * {@code evaluateRegression} return), builds Tribuo datasets from float rows, and hands the model's graph to
 * Tribuo's {@code TensorFlowTrainer}; the package-private {@code SequentialTribuoModel} wraps a trained model
 * as a Tribuo {@code Model}. {@link org.dlcourse.interop.tribuo.Evaluations} prints Tribuo's evaluations as lines a
 * learner reads.
 *
 * <p>Floors: above the engine ({@code org.dlcourse.nn} and its {@code layer}, {@code train} and {@code graph}
 * packages) and Tribuo. One cycle remains, on purpose: {@code Sequential}'s {@code evaluateClassification} and
 * {@code evaluateRegression} (the notebook-facing calls, which return Tribuo's reports) delegate here, and
 * this package reads the model; moving those calls out of {@code Sequential} would change the notebooks' API.
 */
package org.dlcourse.interop.tribuo;
