package org.dlcourse.notebook;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import java.util.UUID;

/**
 * Display helpers for notebook cells, imported statically by the kernel extension.
 *
 * <p>{@link #show(Object)} displays a value (a chart, a table, text) where the kernel's own
 * {@code display(x)} would also echo its display id as the cell's result. Outside a kernel
 * (plain Java, unit tests) the helpers print the value's text instead.
 */
public final class Notebook {
    private Notebook() {
    }

    /** True when running inside a Jupyter kernel. */
    public static boolean inKernel() {
        return kernel() != null;
    }

    /** Displays each value in turn (charts as images, tables as HTML) and returns nothing. */
    public static void show(Object... values) {
        for (Object value : values) {
            BaseKernel kernel = kernel();
            if (kernel == null) {
                System.out.println(value);
            } else {
                LineOutput.flushAll(); // text printed before the value stays before it
                kernel.display(kernel.getRenderer().render(value));
            }
        }
    }

    /**
     * Displays a value that can be replaced in place later, e.g. a progress line.
     * Outside a kernel each update is printed on a new line.
     */
    public static LiveDisplay live(Object initial) {
        BaseKernel kernel = kernel();
        LiveDisplay display = new LiveDisplay(kernel, "dlcourse-" + UUID.randomUUID());
        display.show(initial);
        return display;
    }

    private static BaseKernel kernel() {
        try {
            return BaseKernel.notebookKernel();
        } catch (NoClassDefFoundError | NullPointerException notInKernel) {
            return null; // plain Java: JJava absent, or present without a running kernel
        }
    }

    /** A display that {@link #update(Object)} replaces in place. */
    public static final class LiveDisplay {
        private final BaseKernel kernel;
        private final String id;

        LiveDisplay(BaseKernel kernel, String id) {
            this.kernel = kernel;
            this.id = id;
        }

        private void show(Object value) {
            if (kernel == null) {
                System.out.println(value);
                return;
            }
            LineOutput.flushAll();
            DisplayData data = kernel.getRenderer().render(value);
            // putTransientData, not setDisplayId: its return type differs between JJava versions
            data.putTransientData("display_id", id);
            kernel.display(data);
        }

        /** Replaces the displayed value. */
        public void update(Object value) {
            if (kernel == null) {
                System.out.println(value);
                return;
            }
            DisplayData data = kernel.getRenderer().render(value);
            kernel.getIO().display.updateDisplay(id, data);
        }
    }
}
