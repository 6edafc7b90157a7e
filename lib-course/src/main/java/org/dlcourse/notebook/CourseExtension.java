package org.dlcourse.notebook;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dlcourse.config.LiveLines;
import org.dlcourse.plot.ImageFigure;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JJava kernel extension of the course, found through
 * {@code META-INF/services/org.dflib.jjava.jupyter.Extension}.
 *
 * <p>It registers renderers so that an XChart chart or a course
 * {@link org.dlcourse.plot.ImageFigure} (image grids, chart grids) as a cell's last expression shows as
 * {@code image/png} (which GitHub and exported slides also show), a Tablesaw table as HTML and an
 * {@link Audio} as HTML audio players; it makes printed text reach the notebook a whole line at a
 * time ({@link LineOutput}),
 * and it runs the course's default imports so notebooks start without boilerplate.
 */
public class CourseExtension implements Extension {
    // JUL keeps loggers weakly: hold it, or the level set below is forgotten
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    @Override
    public void install(BaseKernel kernel) {
        // Tribuo logs every training run at INFO on stderr, which buries the cell's real output
        TRIBUO_LOG.setLevel(Level.WARNING);
        // one printed line is one stream output (slides and nbconvert show each output as a block)
        LineOutput.install(kernel);
        // the training progress line is updated in place in the cell (the engine only knows LiveLines)
        LiveLines.install(text -> Notebook.live(text)::update);
        kernel.getRenderer()
                .createRegistration(Chart.class)
                .preferring(MIMEType.IMAGE_PNG)
                .register((chart, context) -> {
                    context.renderIfRequested(MIMEType.IMAGE_PNG, () -> ChartImages.base64Png(chart));
                    context.getOutputContainer().putText(ChartImages.describe(chart));
                });
        kernel.getRenderer()
                .createRegistration(ImageFigure.class)
                .preferring(MIMEType.IMAGE_PNG)
                .register((figure, context) ->
                        context.renderIfRequested(MIMEType.IMAGE_PNG, figure::toBase64Png));
        kernel.getRenderer()
                .createRegistration(Table.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((table, context) -> {
                    Table shown = TableHtml.readable(table);
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> TableHtml.render(shown));
                    context.getOutputContainer().putText(shown.print(TableHtml.DEFAULT_MAX_ROWS));
                });
        kernel.getRenderer()
                .createRegistration(Audio.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((audio, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, audio::toHtml);
                    context.getOutputContainer().putText(audio.toString());
                });
        for (String statement : DefaultImports.STATEMENTS) {
            try {
                kernel.evalRaw(statement);
            } catch (RuntimeException e) {
                // a missing optional package must not kill the kernel: say which import failed
                System.err.println("dlcourse: default import failed: " + statement + " (" + e.getMessage() + ")");
            }
        }
    }
}
