package org.dlcourse.config;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Out-of-memory errors in course calls: the message, and a real one turned into it. */
class HeapTest {

    @Test
    void theFirstLineNamesTheHeapAndHowToRaiseIt() {
        String m = Heap.message("training the model (model.fit)", 4L << 30, "Java heap space");
        String first = m.lines().findFirst().orElseThrow();
        assertEquals("Out of memory while training the model (model.fit): the kernel's Java heap is 4.0 GiB"
                + " (Runtime.maxMemory) and too full (Java heap space). Give the kernel more heap: stop JupyterLab,"
                + " start it again with 'make lab JVM_HEAP=6g' (this rewrites the kernel's JJAVA_JVM_OPTS to -Xmx6g),"
                + " then restart the kernel; outside make, put -Xmx6g into JJAVA_JVM_OPTS.", first);
        assertTrue(m.contains("the quick profile (COURSE_PROFILE=quick), fewer examples, a smaller batch size"), m);
        // the suggestion grows with the heap: 2 GiB more, in whole GiB
        assertEquals("3g", Heap.suggestedSetting(512L << 20));
        assertEquals("8g", Heap.suggestedSetting(6L << 30));
        assertEquals("7g", Heap.suggestedSetting((4L << 30) + 1));
        assertEquals("512 MiB", Heap.format(512L << 20));
        assertEquals("unlimited", Heap.format(Long.MAX_VALUE));
        assertTrue(Heap.message("loading MNIST", 1L << 30, null).startsWith(
                "Out of memory while loading MNIST: the kernel's Java heap is 1.0 GiB (Runtime.maxMemory) and too full."));
    }

    @Test
    void aRealOutOfMemoryErrorComesBackExplainedAndTheHeapIsUsableAgain() {
        long max = Runtime.getRuntime().maxMemory();
        assumeTrue(max < 12L << 30, "a heap below 12 GiB, so that the allocation below cannot succeed");
        AtomicReference<long[]> held = new AtomicReference<>();
        Heap.OutOfHeapException e = assertThrows(Heap.OutOfHeapException.class, () -> Heap.guard("loading the data", () -> {
            held.set(new long[(int) Math.min(Integer.MAX_VALUE - 16, 2 * (max / 8))]); // twice the heap
            return held.get().length;
        }));
        String first = e.getMessage().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("Out of memory while loading the data: the kernel's Java heap is "
                + Heap.format(max)), first);
        assertTrue(first.contains("make lab JVM_HEAP=") && first.contains("JJAVA_JVM_OPTS"), first);
        assertTrue(e.getCause() instanceof OutOfMemoryError, String.valueOf(e.getCause()));
        // the kernel goes on: a large allocation right after works
        byte[] quarter = new byte[(int) Math.min(Integer.MAX_VALUE - 16, max / 4)];
        assertEquals(quarter.length, quarter.length);
        // an inner guard's explanation is not wrapped again
        Heap.OutOfHeapException inner = assertThrows(Heap.OutOfHeapException.class, () -> Heap.guard("outer",
                () -> Heap.guard("inner", () -> {
                    throw new OutOfMemoryError("Java heap space");
                })));
        assertTrue(inner.getMessage().startsWith("Out of memory while inner:"), inner.getMessage());
        // other errors pass through untouched
        IllegalArgumentException other = new IllegalArgumentException("bad");
        assertSame(other, assertThrows(IllegalArgumentException.class, () -> Heap.guard("x", () -> {
            throw other;
        })));
    }

    @Test
    void workThatCannotFitIsRefusedBeforeItAllocates() {
        Heap.require("a small thing", 1024);
        Heap.OutOfHeapException e = assertThrows(Heap.OutOfHeapException.class,
                () -> Heap.require("loading MNIST training images", Runtime.getRuntime().maxMemory()));
        String first = e.getMessage().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("Out of memory while loading MNIST training images: the kernel's Java heap is "), first);
        assertTrue(first.contains("are free; nothing was allocated). Give the kernel more heap"), first);
    }

    @Test
    void courseEntryPointsAreGuarded() {
        // fit, evaluate and predict run inside the guard: an OutOfMemoryError raised by a callback shows up explained
        org.dlcourse.nn.Sequential m = org.dlcourse.nn.Sequential.of(org.dlcourse.nn.layer.Layers.input(2),
                org.dlcourse.nn.layer.Layers.dense(1));
        try (m) {
            m.compile(org.dlcourse.nn.train.Optimizers.sgd(0.1), org.dlcourse.nn.train.Losses.mse());
            org.dlcourse.nn.Callback oom = new org.dlcourse.nn.Callback() {
                @Override
                public boolean onEpochEnd(int epoch, java.util.Map<String, Double> logs, org.dlcourse.nn.Sequential model) {
                    throw new OutOfMemoryError("Java heap space");
                }
            };
            Heap.OutOfHeapException e = assertThrows(Heap.OutOfHeapException.class, () -> m.fit(new float[][] {{1, 2}},
                    new float[][] {{1}}, org.dlcourse.nn.FitOptions.epochs(1).verbose(0).callbacks(oom)));
            assertTrue(e.getMessage().startsWith("Out of memory while training the model (model.fit): the kernel's Java heap is"),
                    e.getMessage());
            // the model is usable afterwards
            assertEquals(1, m.predict(new float[][] {{1, 2}}).length);
        }
    }
}
