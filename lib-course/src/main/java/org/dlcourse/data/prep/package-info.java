/**
 * Preprocessing on plain arrays: scaling fitted on training data only (and
 * {@link org.dlcourse.data.prep.ScalingTable}, standardisation and min-max side by side), label and one-hot
 * encoding, seeded splits and k-fold, deterministic (stratified) subsamples, sequence padding
 * and multi-hot bag-of-words vectors; after prediction, the class pairs a classifier confuses
 * most ({@link org.dlcourse.data.prep.ConfusedPairs}), and how far two computations of the same
 * numbers disagree ({@link org.dlcourse.data.prep.Differences}: a model and its ONNX export or its
 * saved copy, a layer and a hand computation). Every method with randomness takes a seed.
 */
package org.dlcourse.data.prep;
