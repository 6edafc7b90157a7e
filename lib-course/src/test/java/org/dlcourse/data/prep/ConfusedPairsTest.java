package org.dlcourse.data.prep;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConfusedPairsTest {
    private static final int[] ACTUAL = {0, 0, 0, 1, 1, 2, 2, 2, 2, 6, 6, 6};
    private static final int[] PREDICTED = {0, 6, 6, 1, 0, 2, 6, 0, 6, 0, 0, 0};

    @Test
    void pairsAreTheOffDiagonalCountsLargestFirst() {
        List<ConfusedPairs.Pair> top = ConfusedPairs.top(ACTUAL, PREDICTED, 3);
        assertEquals(List.of(new ConfusedPairs.Pair(6, 0, 3), new ConfusedPairs.Pair(0, 6, 2),
                new ConfusedPairs.Pair(2, 6, 2)), top);
        assertEquals(5, ConfusedPairs.top(ACTUAL, PREDICTED, 100).size());
    }

    @Test
    void indicesNameTheExamplesOfOnePair() {
        assertArrayEquals(new int[] {1, 2}, ConfusedPairs.indices(ACTUAL, PREDICTED, 0, 6));
        assertArrayEquals(new int[] {}, ConfusedPairs.indices(ACTUAL, PREDICTED, 1, 6));
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ConfusedPairs.top(new int[2], new int[3], 1));
        assertThrows(IllegalArgumentException.class, () -> ConfusedPairs.top(ACTUAL, PREDICTED, 0));
        assertThrows(IllegalArgumentException.class, () -> ConfusedPairs.indices(new int[] {-1}, new int[] {0}, 0, 0));
    }
}
