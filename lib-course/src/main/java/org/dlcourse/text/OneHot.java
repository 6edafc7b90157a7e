package org.dlcourse.text;

/**
 * One-hot sequences (원-핫 인코딩) for a recurrent layer fed without an embedding: each id becomes a
 * vector of {@code depth} zeros with a 1 at the id, and a sequence of ids becomes one row of
 * {@code length x depth} floats, the input of {@code Layers.input(length, depth)}. Shorter
 * sequences are padded at the front with all-zero vectors.
 *
 * <pre>{@code
 * OneHot.sequences(new int[][] {{0}, {0, 1}}, 2, 5)
 * // {{0,0,0,0,0, 1,0,0,0,0}, {1,0,0,0,0, 0,1,0,0,0}}
 * }</pre>
 */
public final class OneHot {
    private OneHot() {
    }

    /** The rows of {@code length x depth} floats, sequences right-aligned (zero vectors in front). */
    public static float[][] sequences(int[][] ids, int length, int depth) {
        float[][] rows = new float[ids.length][length * depth];
        for (int i = 0; i < ids.length; i++) {
            int[] s = ids[i];
            if (s.length > length) {
                throw new IllegalArgumentException("Sequence " + i + " has " + s.length + " ids, more than the length " + length);
            }
            int offset = length - s.length;
            for (int t = 0; t < s.length; t++) {
                if (s[t] < 0 || s[t] >= depth) {
                    throw new IllegalArgumentException("Id " + s[t] + " of sequence " + i + " is outside [0, " + depth + ")");
                }
                rows[i][(offset + t) * depth + s[t]] = 1f;
            }
        }
        return rows;
    }
}
