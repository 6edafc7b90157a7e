package org.dlcourse.notebook;

import java.util.List;

/** The imports every course notebook starts with, so cells hold no import boilerplate. */
public final class DefaultImports {
    private DefaultImports() {
    }

    /** Java statements run by the kernel extension at start-up, in order. */
    public static final List<String> STATEMENTS = List.of(
            "import java.util.*;",
            "import java.util.stream.*;",
            "import java.nio.file.*;",
            "import tech.tablesaw.api.*;",
            "import org.knowm.xchart.*;",
            "import org.knowm.xchart.style.*;",
            "import org.knowm.xchart.style.markers.*;",
            "import org.tribuo.*;",
            "import org.tribuo.classification.*;",
            "import org.tribuo.classification.evaluation.*;",
            "import org.tribuo.regression.*;",
            "import org.tribuo.regression.evaluation.*;",
            "import org.tribuo.classification.sgd.linear.*;",
            "import org.tribuo.classification.sgd.objectives.*;",
            "import org.tribuo.math.optimisers.*;",
            "import org.dlcourse.notebook.*;",
            "import org.dlcourse.config.RunProfile;",
            "import org.dlcourse.data.*;",
            "import org.dlcourse.data.prep.*;",
            "import org.dlcourse.perceptron.*;",
            "import org.dlcourse.descent.*;",
            "import org.dlcourse.conv.*;",
            "import org.dlcourse.audio.*;",
            "import org.dlcourse.plot.*;",
            "import org.dlcourse.interop.onnx.*;",
            "import org.dlcourse.interop.tribuo.*;",
            "import org.dlcourse.nn.*;",
            "import org.dlcourse.nn.layer.*;",
            "import org.dlcourse.nn.train.*;",
            "import org.dlcourse.text.*;",
            "import static org.dlcourse.notebook.Notebook.show;");
}
