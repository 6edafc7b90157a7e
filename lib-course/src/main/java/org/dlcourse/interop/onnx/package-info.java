/**
 * ONNX export of trained models and inference with ONNX Runtime: {@link org.dlcourse.interop.onnx.SequentialOnnx}
 * writes the course's {@link org.dlcourse.nn.Sequential} models, {@link org.dlcourse.interop.onnx.TribuoOnnx} Tribuo's
 * classic models, and {@link org.dlcourse.interop.onnx.OnnxInference} runs either on float rows.
 *
 * <p>Floors: above the engine ({@code org.dlcourse.nn}; each layer writes its own ONNX nodes on the
 * {@code org.dlcourse.nn.layer.OnnxForm} that {@code SequentialOnnx} implements, so the engine does not depend on
 * the ONNX library), {@code org.dlcourse.data} (Tribuo datasets) and ONNX Runtime; nothing in the library below
 * the notebooks uses it.
 */
package org.dlcourse.interop.onnx;
