package org.dlcourse.notebook;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Every default import must compile in JShell (what JJava runs), or notebooks lose it silently. */
class DefaultImportsTest {

    @Test
    void everyDefaultImportCompilesAndNotebookCodeNeedsNoImports() {
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            for (String statement : DefaultImports.STATEMENTS) {
                List<SnippetEvent> events = shell.eval(statement);
                assertEquals(1, events.size(), statement);
                assertEquals(Snippet.Status.VALID, events.get(0).status(),
                        () -> statement + ": " + shell.diagnostics(events.get(0).snippet()).map(d -> d.getMessage(null)).toList());
            }
            List<SnippetEvent> use = shell.eval(
                    "Table t = Apples.trainingSet(); Perceptron p = new Perceptron(2); List<String> names = t.columnNames();");
            assertEquals(Snippet.Status.VALID, use.get(0).status(),
                    () -> shell.diagnostics(use.get(0).snippet()).map(d -> d.getMessage(null)).toList().toString());
            // the engine's names the notebooks use, from its floors (nn, nn.layer, nn.train, interop)
            List<SnippetEvent> engine = shell.eval("Layer d = Layers.dense(1); Optimizer o = Optimizers.adam(0.001);"
                    + " Loss l = Losses.mse(); Metric a = Metrics.accuracy(); Initializer i = Initializer.randomNormal(0.1);"
                    + " Class<?>[] api = {Sequential.class, FitOptions.class, History.class, Callback.class, Training.class,"
                    + " EarlyStopping.class, ModelCheckpoint.class, Conv2D.class, LSTM.class, SimpleRNN.class, Embedding.class,"
                    + " Regularizers.class, SequentialOnnx.class, OnnxInference.class, TribuoOnnx.class, Evaluations.class};");
            assertEquals(Snippet.Status.VALID, engine.get(0).status(),
                    () -> shell.diagnostics(engine.get(0).snippet()).map(d -> d.getMessage(null)).toList().toString());
        }
    }
}
