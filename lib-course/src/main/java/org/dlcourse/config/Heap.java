package org.dlcourse.config;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Turns an {@link OutOfMemoryError} inside a course call (loading a dataset, {@code fit},
 * {@code evaluate}, {@code predict}) into an {@link OutOfHeapException} whose first line says how
 * large the kernel's Java heap is and how to raise it.
 *
 * <pre>{@code
 * return Heap.guard("training the model", () -> trainLoop(...));
 * }</pre>
 *
 * <p>By the time the error reaches the guard, the frames that held the work's arrays are gone, so
 * their memory can be collected again: the kernel lives on and the next cell runs normally.
 */
public final class Heap {
    private Heap() {
    }

    /**
     * An out-of-memory error in a course call, with advice in its first line; the original error is
     * its cause.
     */
    public static final class OutOfHeapException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        OutOfHeapException(String message, OutOfMemoryError cause) {
            super(message, cause);
        }
    }

    /**
     * Runs {@code work}; an {@link OutOfMemoryError} it throws comes back as an
     * {@link OutOfHeapException} naming {@code what}, the heap size and the fix.
     *
     * @param what what the call was doing, e.g. {@code "training the model"}
     */
    public static <T> T guard(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (OutOfHeapException e) {
            throw e; // an inner guard already explained it
        } catch (OutOfMemoryError e) {
            // the work's frames (and with them its arrays) are gone: the heap can be collected again
            throw new OutOfHeapException(message(what, Runtime.getRuntime().maxMemory(), e.getMessage()), e);
        }
    }

    /**
     * Refuses work that needs more heap than is free, before it allocates: when a heap fills up,
     * the kernel's own threads (its heartbeat, its message loops) can die of the
     * {@link OutOfMemoryError} too, and the kernel with them. Calls {@code System.gc()} once before
     * refusing. Leaves a sixteenth of the heap as headroom.
     *
     * @param what  what the call is about to do, e.g. {@code "loading MNIST training images"}
     * @param bytes about how many bytes it will allocate
     * @throws OutOfHeapException if they are not free
     */
    public static void require(String what, long bytes) {
        Runtime rt = Runtime.getRuntime();
        long need = bytes + rt.maxMemory() / 16;
        if (need <= free(rt)) {
            return;
        }
        System.gc();
        long free = free(rt);
        if (need > free) {
            throw new OutOfHeapException(message(what, rt.maxMemory(), "it needs about " + format(bytes) + " and "
                    + format(free) + " are free; nothing was allocated"), null);
        }
    }

    private static long free(Runtime rt) {
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    /** As {@link #guard(String, Supplier)} for work without a result. */
    public static void guard(String what, Runnable work) {
        guard(what, () -> {
            work.run();
            return null;
        });
    }

    /**
     * The message of an {@link OutOfHeapException}: the first line says what ran out of memory,
     * the heap size and how to raise it; the second names smaller alternatives.
     *
     * @param what     what the call was doing
     * @param maxBytes the heap limit ({@link Runtime#maxMemory()})
     * @param detail   the JVM's own message (e.g. "Java heap space"), may be null
     */
    public static String message(String what, long maxBytes, String detail) {
        String suggestion = suggestedSetting(maxBytes);
        return "Out of memory while " + what + ": the kernel's Java heap is " + format(maxBytes)
                + " (Runtime.maxMemory) and too full" + (detail == null || detail.isBlank() ? "" : " (" + detail + ")")
                + ". Give the kernel more heap: stop JupyterLab, start it again with 'make lab JVM_HEAP="
                + suggestion + "' (this rewrites the kernel's JJAVA_JVM_OPTS to -Xmx" + suggestion
                + "), then restart the kernel; outside make, put -Xmx" + suggestion + " into JJAVA_JVM_OPTS."
                + "\nOr use less memory: the quick profile (COURSE_PROFILE=quick), fewer examples, a smaller batch"
                + " size, or model.close() on models you no longer need.";
    }

    /** The heap to suggest: 2 GiB more than now, rounded up to whole GiB (e.g. 4 GiB -> 6g). */
    static String suggestedSetting(long maxBytes) {
        long gib = 1L << 30;
        long now = (maxBytes + gib - 1) / gib;
        return (Math.max(now, 1) + 2) + "g";
    }

    /** Bytes as GiB (or MiB below 1 GiB) with one decimal. */
    static String format(long bytes) {
        if (bytes == Long.MAX_VALUE) {
            return "unlimited";
        }
        double mib = bytes / (1024.0 * 1024.0);
        return mib >= 1024 ? String.format(Locale.ROOT, "%.1f GiB", mib / 1024)
                : String.format(Locale.ROOT, "%.0f MiB", mib);
    }
}
