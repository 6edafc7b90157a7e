package org.dlcourse.notebook;

import org.junit.jupiter.api.Test;

import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineOutputTest {
    private final List<String> sent = new ArrayList<>();
    private final LineOutput buffer = new LineOutput((env, text) -> sent.add(text));

    @Test
    void printfFragmentsReachTheNotebookAsOneLine() {
        buffer.accept(null, "Test accuracy: ");
        buffer.accept(null, "0.9802");
        buffer.accept(null, "\n");
        assertEquals(List.of("Test accuracy: 0.9802\n"), sent);
        assertEquals("", buffer.pending());
    }

    @Test
    void severalLinesAtOnceGoTogetherAndTheUnfinishedRestWaits() {
        buffer.accept(null, "a\nb\nc");
        assertEquals(List.of("a\nb\n"), sent);
        assertEquals("c", buffer.pending());
        buffer.flush();
        assertEquals(List.of("a\nb\n", "c"), sent);
    }

    @Test
    void aCarriageReturnEndsALineSoProgressCanRewriteItInPlace() {
        buffer.accept(null, "step 1/3");
        buffer.accept(null, "\r");
        buffer.accept(null, "step 2/3\r");
        assertEquals(List.of("step 1/3\r", "step 2/3\r"), sent);
    }

    @Test
    void aPrintStreamWithAutoFlushLikeTheKernelsGivesWholeLines() {
        // the kernel's System.out: a PrintStream with autoflush over a stream that sends on flush
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void flush() {
                if (size() > 0) {
                    buffer.accept(null, toString(StandardCharsets.UTF_8));
                }
                reset();
            }
        };
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        out.printf("SGD: %d epochs in %d s, validation accuracy %.4f%n", 15, 42, 0.9818);
        out.print("반갑");
        out.println("습니다");
        assertEquals(List.of("SGD: 15 epochs in 42 s, validation accuracy 0.9818\n", "반갑습니다\n"), sent);
    }

    @Test
    void flushingAnEmptyBufferSendsNothing() {
        buffer.flush();
        assertEquals(List.of(), sent);
    }
}
