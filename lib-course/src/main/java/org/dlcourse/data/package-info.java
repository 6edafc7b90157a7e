/**
 * The course's data: synthetic sets ({@link org.dlcourse.data.Apples}, {@link org.dlcourse.data.Xor},
 * {@link org.dlcourse.data.Regions}, {@link org.dlcourse.data.FunctionSamples})
 * and the datasets shipped in the repository's {@code datasets/} folder, with their conversion to
 * training arrays and Tribuo datasets.
 *
 * <ul>
 *   <li>{@link org.dlcourse.data.Datasets} finds the folder and checks every file's SHA-256 on
 *       first use; nothing is ever downloaded.</li>
 *   <li>Images: {@link org.dlcourse.data.Mnist} and {@link org.dlcourse.data.FashionMnist} give
 *       {@link org.dlcourse.data.ImageSet}s (one shared IDX loading path with its checks);
 *       {@link org.dlcourse.data.Photos} reads the colour photographs as
 *       {@link org.dlcourse.data.RgbImage}s (three channels, via {@code javax.imageio}).</li>
 *   <li>Text: {@link org.dlcourse.data.Imdb} and {@link org.dlcourse.data.Reuters} give
 *       {@link org.dlcourse.data.TextDataset}s of word-id sequences with Keras's conventions
 *       ({@link org.dlcourse.data.WordIndex}, {@link org.dlcourse.data.KerasText}).</li>
 *   <li>Tables: {@link org.dlcourse.data.Iris} and {@link org.dlcourse.data.Boston} give Tablesaw
 *       tables; {@link org.dlcourse.data.TableArrays} and {@link org.dlcourse.data.TribuoData}
 *       convert tables to arrays and Tribuo datasets.</li>
 * </ul>
 *
 * <p>Under the quick run profile (CI only) the loaders return deterministic, stratified
 * subsamples. Scaling, encodings, splits and padding live in {@link org.dlcourse.data.prep}.
 */
package org.dlcourse.data;
