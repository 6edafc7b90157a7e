/**
 * Chapter 01's models written out plainly: the {@link org.dlcourse.perceptron.Perceptron} with
 * the lecture's learning rule; a hand-written {@link org.dlcourse.perceptron.TwoLayerNetwork}
 * that solves XOR and exposes its cost, its back-propagated gradient and its parameters, so that
 * one update can be redone by hand and checked with {@link org.dlcourse.perceptron.GradientCheck}
 * (finite differences); {@link org.dlcourse.perceptron.LayeredNetwork}, the same algorithm for
 * any number of tanh layers, as a classifier or a regressor (the regions 1, 2 and 3 layers carve;
 * one hidden layer fitting a curve); the activation functions with their derivatives
 * ({@link org.dlcourse.perceptron.ActivationFunction}) and a deep stack whose gradient per layer
 * shows why ReLU trains deep networks where sigmoid's gradients vanish
 * ({@link org.dlcourse.perceptron.DeepStack}, chapter 02).
 */
package org.dlcourse.perceptron;
