/**
 * Chapter 01's models written out plainly: the {@link org.dlcourse.perceptron.Perceptron} with
 * the lecture's learning rule and a hand-written {@link org.dlcourse.perceptron.TwoLayerNetwork}
 * that solves XOR; the activation functions with their derivatives
 * ({@link org.dlcourse.perceptron.ActivationFunction}) and a deep stack whose gradient per layer
 * shows why ReLU trains deep networks where sigmoid's gradients vanish
 * ({@link org.dlcourse.perceptron.DeepStack}, chapter 02).
 */
package org.dlcourse.perceptron;
