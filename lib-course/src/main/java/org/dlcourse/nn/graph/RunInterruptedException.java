package org.dlcourse.nn.graph;

/**
 * Thrown by {@code fit}, {@code evaluate} and {@code predict} when their thread is interrupted,
 * e.g. by the stop button of JupyterLab (an interrupt request to the kernel). The work stops at the
 * next batch boundary: a model keeps the weights of its last completed batch, and its
 * {@code History} keeps the epochs completed and the reason {@code "interrupted"}.
 */
public final class RunInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An interruption with its message (engine-internal: thrown by the model's runs). */
    public RunInterruptedException(String message) {
        super(message);
    }

    /**
     * Stops the calling run when its thread was interrupted: clears the flag (so that the message can
     * still be printed: an interrupted thread cannot write to the kernel's sockets) and returns true;
     * the caller then sets the flag again with {@link #rethrow(String)}.
     */
    public static boolean requested() {
        return Thread.interrupted();
    }

    /** Sets the thread's interrupt flag again and throws. */
    static RunInterruptedException rethrow(String message) {
        Thread.currentThread().interrupt();
        throw new RunInterruptedException(message);
    }
}
