package org.dlcourse.interop.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs an ONNX model with ONNX Runtime: a single float input of shape {@code [batch, features]},
 * every output returned by name. Close it (or use try-with-resources) to free native memory.
 */
public final class OnnxInference implements AutoCloseable {
    private final Path file;
    private final OrtSession session;
    private final String inputName;

    private OnnxInference(Path file, OrtSession session) {
        this.file = file;
        this.session = session;
        this.inputName = session.getInputNames().iterator().next();
    }

    /**
     * Loads a model file.
     *
     * @throws IllegalArgumentException if the file is missing or is not a model ONNX Runtime accepts
     */
    public static OnnxInference load(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("ONNX model file not found: " + file.toAbsolutePath()
                    + " (export it first, e.g. with TribuoOnnx.export)");
        }
        try {
            OrtSession session = OrtEnvironment.getEnvironment().createSession(file.toString(),
                    new OrtSession.SessionOptions());
            if (session.getNumInputs() != 1) {
                long inputs = session.getNumInputs();
                session.close();
                throw new IllegalArgumentException("ONNX model " + file + " has " + inputs
                        + " inputs; OnnxInference runs models with exactly one");
            }
            return new OnnxInference(file, session);
        } catch (OrtException e) {
            throw new IllegalArgumentException("ONNX Runtime cannot load " + file.toAbsolutePath()
                    + ": it is not a valid ONNX model (" + e.getMessage() + "); export the model again", e);
        }
    }

    /** The name of the model's input. */
    public String inputName() {
        return inputName;
    }

    /** The names of the model's outputs, in order. */
    public List<String> outputNames() {
        return new ArrayList<>(session.getOutputNames());
    }

    /**
     * Runs the model on a batch of rows.
     *
     * @return each output that is a float matrix, by name, as {@code [batch][columns]}
     * @throws IllegalArgumentException if the rows are ragged or empty, or the model rejects their shape
     */
    public Map<String, float[][]> run(float[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("No rows to run the ONNX model on");
        }
        for (float[] row : rows) {
            if (row.length != rows[0].length) {
                throw new IllegalArgumentException("Rows have different lengths (" + rows[0].length + " and "
                        + row.length + "): every row needs the same features");
            }
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor input = OnnxTensor.createTensor(env, rows);
             OrtSession.Result result = session.run(Map.of(inputName, input))) {
            Map<String, float[][]> out = new LinkedHashMap<>();
            for (Map.Entry<String, OnnxValue> entry : result) {
                Object value = entry.getValue().getValue();
                if (value instanceof float[][]) {
                    out.put(entry.getKey(), (float[][]) value);
                }
            }
            return out;
        } catch (OrtException e) {
            throw new IllegalArgumentException("ONNX model " + file + " rejected input of shape ["
                    + rows.length + ", " + rows[0].length + "]: " + e.getMessage(), e);
        }
    }

    /** Runs the model and returns its first float matrix output. */
    public float[][] runFirst(float[][] rows) {
        return run(rows).values().iterator().next();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("Could not close ONNX session for " + file, e);
        }
    }
}
