/**
 * Gradient descent written out in plain Java, for chapter 04: the optimisers' update rules one
 * class each, as their papers write them ({@link org.dlcourse.descent.GradientDescentRule},
 * {@link org.dlcourse.descent.MomentumRule}, {@link org.dlcourse.descent.AdaGradRule},
 * {@link org.dlcourse.descent.AdaDeltaRule}, {@link org.dlcourse.descent.RmsPropRule},
 * {@link org.dlcourse.descent.AdamRule}); 2-D {@link org.dlcourse.descent.LossSurface}s to race
 * them on; and batch, stochastic and mini-batch gradient descent on one small problem
 * ({@link org.dlcourse.descent.MiniBatchDescent}).
 *
 * <p>The rules are checked against the engine's optimisers ({@link org.dlcourse.nn.train.Optimizers})
 * in the tests: the same gradients give the same weights.
 *
 * <pre>{@code
 * LossSurface valley = LossSurface.elongatedValley();
 * Map<String, double[][]> paths = valley.race(List.of(new GradientDescentRule(0.95),
 *     new MomentumRule(0.1, 0.9), new AdamRule(0.3)), -7, 2, 30);
 * DescentPlots.race(valley, paths, -8, 8, -3, 3)
 * }</pre>
 */
package org.dlcourse.descent;
