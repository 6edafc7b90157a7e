package org.dlcourse.config;

import java.util.function.Function;

/**
 * Where the library shows a line that changes in place (the training progress): printed as new
 * lines by default; in a notebook the kernel extension installs a display that the cell updates in
 * place. So the engine, a lower floor, never imports the notebook integration: the top floor plugs
 * itself in here when the kernel starts.
 */
public final class LiveLines {
    /** A shown line that can be replaced. */
    public interface Line {
        /** Replaces the shown text. */
        void update(String text);
    }

    private static volatile Function<String, Line> display;

    private LiveLines() {
    }

    /** Installs the in-place display (the kernel extension calls this when the kernel starts). */
    public static void install(Function<String, Line> inPlace) {
        display = inPlace;
    }

    /** Whether lines are updated in place (a notebook), rather than printed one after another. */
    public static boolean inPlace() {
        return display != null;
    }

    /** Shows a line: in place where a display is installed, else printed (as each update is). */
    public static Line show(String text) {
        Function<String, Line> d = display;
        if (d != null) {
            return d.apply(text);
        }
        System.out.println(text);
        return System.out::println;
    }
}
