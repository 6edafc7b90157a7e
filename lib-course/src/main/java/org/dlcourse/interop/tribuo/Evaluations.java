package org.dlcourse.interop.tribuo;

import org.tribuo.regression.Regressor;
import org.tribuo.regression.evaluation.RegressionEvaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Tribuo evaluations as lines a learner reads: Tribuo's own {@code toString()} of a regression
 * evaluation prints maps with 16 digits ({@code RMSE = {y0=3.6442542418656845}}).
 *
 * <pre>{@code
 * System.out.println(Evaluations.describe(model.evaluateRegression(xTest, yTest)));
 * // MAE 2.403, RMSE 3.644, R^2 0.840, explained variance 0.841
 * }</pre>
 */
public final class Evaluations {
    private Evaluations() {
    }

    /**
     * MAE, RMSE, R^2 and explained variance, four significant digits, one line per output
     * (prefixed by the output's name when there are several).
     */
    public static String describe(RegressionEvaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        Map<Regressor, Double> mae = evaluation.mae();
        List<Regressor> outputs = new ArrayList<>(mae.keySet());
        outputs.sort((a, b) -> name(a).compareTo(name(b)));
        StringBuilder b = new StringBuilder();
        for (Regressor r : outputs) {
            if (b.length() > 0) {
                b.append('\n');
            }
            if (outputs.size() > 1) {
                b.append(name(r)).append(": ");
            }
            b.append(String.format(Locale.ROOT, "MAE %.4g, RMSE %.4g, R^2 %.3f, explained variance %.3f",
                    mae.get(r), evaluation.rmse(r), evaluation.r2(r), evaluation.explainedVariance(r)));
        }
        return b.toString();
    }

    private static String name(Regressor r) {
        String[] names = r.getNames();
        return names.length == 1 ? names[0] : String.join(",", names);
    }
}
