package org.dlcourse.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dlcourse.nn.layer.BuiltLayer;
import org.dlcourse.nn.layer.Input;
import org.dlcourse.nn.layer.Plan;
import org.dlcourse.nn.layer.ShapeException;

/** The text of {@link Sequential#summary()}, read from the model's plan. */
final class ModelSummary {
    private ModelSummary() {
    }

    /**
     * A Keras-like table of layers, output shapes and parameter counts; the columns widen to the
     * longest layer name and shape, so every row stays aligned.
     */
    static String of(Plan plan) {
        Input input = plan.input();
        List<String[]> rows = new ArrayList<>();
        long total = 0;
        long frozen = 0;
        for (BuiltLayer l : plan.layers()) {
            total += l.paramCount();
            frozen += l.frozenCount();
            rows.add(new String[] {l.name() + " (" + l.layer().kind() + ")", ShapeException.format(l.outputShape()),
                String.format(Locale.ROOT, "%,d", l.paramCount())});
        }
        int nameW = 30, shapeW = 25, countW = 10;
        for (String[] r : rows) {
            nameW = Math.max(nameW, r[0].length() + 2);
            shapeW = Math.max(shapeW, r[1].length() + 2);
            countW = Math.max(countW, r[2].length());
        }
        String row = "%-" + nameW + "s%-" + shapeW + "s%" + countW + "s%n";
        String rule = "=".repeat(nameW + shapeW + countW) + "\n";
        StringBuilder b = new StringBuilder();
        b.append("Model: \"sequential\"   input ").append(ShapeException.format(input.shape())).append('\n');
        b.append(String.format(Locale.ROOT, row, "Layer (type)", "Output Shape", "Param #"));
        b.append(rule);
        for (String[] r : rows) {
            b.append(String.format(Locale.ROOT, row, r[0], r[1], r[2]));
        }
        b.append(rule);
        b.append(String.format(Locale.ROOT, "Total params: %,d%nTrainable params: %,d%nNon-trainable params: %,d%n",
                total, total - frozen, frozen));
        return b.toString();
    }
}
