package org.dlcourse.config;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The run profile of the course: {@code full} (the default, real data and epochs) or
 * {@code quick} (CI only: smaller data and fewer epochs).
 *
 * <p>The profile is read from the system property {@value #KEY} first and the
 * environment variable of the same name second, so {@code COURSE_PROFILE=quick make test}
 * and {@code -DCOURSE_PROFILE=quick} both work. Anything other than {@code full} or
 * {@code quick} is an error rather than a silent fall-back to one of them.
 *
 * <pre>{@code
 * int epochs = RunProfile.pick(10, 1);   // 10 in full, 1 in quick
 * }</pre>
 */
public enum RunProfile {
    /** Full data, full epochs: the results of DESIGN.md's reference table. */
    FULL,
    /** Subsampled data and few epochs, for continuous integration only. */
    QUICK;

    /** Name of the system property and environment variable that select the profile. */
    public static final String KEY = "COURSE_PROFILE";

    /** The profile of this JVM, read afresh from the property and the environment. */
    public static RunProfile current() {
        return Setting.read(KEY).map(v -> parse(v.text(), v.source())).orElse(FULL);
    }

    /**
     * Parses a profile name (case-insensitive).
     *
     * @param value  the text, e.g. {@code "quick"}
     * @param source where it came from, named in the error message
     * @throws IllegalArgumentException if the value is neither {@code full} nor {@code quick}
     */
    public static RunProfile parse(String value, String source) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        switch (v) {
            case "full": return FULL;
            case "quick": return QUICK;
            default:
                throw new IllegalArgumentException("Unknown run profile '" + value + "' in " + source
                        + ": use 'full' (the default, real training) or 'quick' (CI only), e.g. "
                        + KEY + "=quick make test");
        }
    }

    /** True when the current profile is {@link #QUICK}. */
    public static boolean isQuick() {
        return current() == QUICK;
    }

    /** Picks the value for the current profile: {@code full} normally, {@code quick} in CI. */
    public static <T> T pick(T full, T quick) {
        return current() == QUICK ? quick : full;
    }

    /** Primitive int overload of {@link #pick(Object, Object)}, e.g. epochs. */
    public static int pick(int full, int quick) {
        return current() == QUICK ? quick : full;
    }

    /** Primitive double overload of {@link #pick(Object, Object)}. */
    public static double pick(double full, double quick) {
        return current() == QUICK ? quick : full;
    }

    /** Lazily computes only the value of the current profile (for expensive values). */
    public static <T> T pickLazily(Supplier<T> full, Supplier<T> quick) {
        return current() == QUICK ? quick.get() : full.get();
    }

    /** A one-line description for the top of a notebook. */
    public static String describe() {
        return current() == QUICK
                ? "Run profile: quick (CI only: smaller data and fewer epochs; results are NOT the lecture's)"
                : "Run profile: full (real data and epochs)";
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
