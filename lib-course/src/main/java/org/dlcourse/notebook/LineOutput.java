package org.dlcourse.notebook;

import org.dflib.jjava.jupyter.channels.JupyterOutputStream;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;

import java.lang.reflect.Field;
import java.util.function.BiConsumer;

/**
 * Sends a cell's stdout and stderr to the notebook one whole line at a time.
 *
 * <p>JJava's {@code System.out} flushes after every {@code print} fragment, so
 * {@code printf("Test accuracy: %.4f%n", acc)} reached the notebook as three stream outputs
 * ("Test accuracy: ", "0.9802", "\n"). JupyterLab joins them on screen, but nbconvert's HTML and
 * the slide decks show each in its own block. This buffer forwards text up to the last line end
 * ({@code \n}, or {@code \r} for a line that rewrites itself in place) and keeps the rest until the
 * next line end, the next display, or the end of the cell.
 *
 * <p>It wraps the function that JJava's {@link JupyterOutputStream} hands its text to; JJava
 * has no public hook for this, so it is set by reflection and left alone (with a note on stderr)
 * when a JJava version lays the class out differently.
 */
public final class LineOutput implements BiConsumer<ShellReplyEnvironment, String> {
    private static volatile LineOutput out;
    private static volatile LineOutput err;

    private final BiConsumer<ShellReplyEnvironment, String> target;
    private final StringBuilder pending = new StringBuilder();
    private ShellReplyEnvironment pendingEnv;
    private ShellReplyEnvironment flushScheduledFor;

    /** A buffer that hands whole lines to {@code target}. */
    public LineOutput(BiConsumer<ShellReplyEnvironment, String> target) {
        this.target = target;
    }

    @Override
    public synchronized void accept(ShellReplyEnvironment env, String text) {
        if (pending.length() > 0 && pendingEnv != env) {
            flush(); // a new cell: what the last one left unfinished belongs to it
        }
        pending.append(text);
        pendingEnv = env;
        int end = lastLineEnd(pending);
        if (end >= 0) {
            target.accept(env, pending.substring(0, end + 1));
            pending.delete(0, end + 1);
        }
        if (pending.length() > 0 && env != null && flushScheduledFor != env) {
            // runs when the cell's reply is sent, before the kernel reports idle
            flushScheduledFor = env;
            env.defer(this::flush);
        }
    }

    /** Sends what is buffered, even without a line end. */
    public synchronized void flush() {
        if (pending.length() > 0) {
            target.accept(pendingEnv, pending.toString());
        }
        pending.setLength(0);
    }

    /** The text waiting for its line end (for tests). */
    public synchronized String pending() {
        return pending.toString();
    }

    private static int lastLineEnd(CharSequence s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Flushes both streams' unfinished lines, e.g. before a plot is displayed so that text printed
     * before it stays before it.
     */
    public static void flushAll() {
        LineOutput o = out;
        LineOutput e = err;
        if (o != null) {
            o.flush();
        }
        if (e != null) {
            e.flush();
        }
    }

    /** Installs the line buffers on the kernel's stdout and stderr; returns false where it cannot. */
    static boolean install(BaseKernel kernel) {
        try {
            JupyterIO io = kernel.getIO();
            out = wrap(io, "jupyterOut");
            err = wrap(io, "jupyterErr");
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("dlcourse: printed text stays in fragments (this JJava version has no " + e.getMessage() + ")");
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static LineOutput wrap(JupyterIO io, String streamField) throws ReflectiveOperationException {
        Field f = JupyterIO.class.getDeclaredField(streamField);
        f.setAccessible(true);
        JupyterOutputStream stream = (JupyterOutputStream) f.get(io);
        Field write = JupyterOutputStream.class.getDeclaredField("write");
        write.setAccessible(true);
        BiConsumer<ShellReplyEnvironment, String> current = (BiConsumer<ShellReplyEnvironment, String>) write.get(stream);
        if (current instanceof LineOutput already) {
            return already;
        }
        LineOutput buffer = new LineOutput(current);
        write.set(stream, buffer);
        return buffer;
    }
}
