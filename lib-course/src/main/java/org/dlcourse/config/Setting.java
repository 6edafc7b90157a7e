package org.dlcourse.config;

import java.util.Optional;

/**
 * A course setting read the same way everywhere: the system property {@code -DKEY=...} first, then
 * the environment variable {@code KEY}; blank values count as unset. The value remembers where it
 * came from, so that an error about it can name the place to fix.
 *
 * <pre>{@code
 * Setting.read("COURSE_PROFILE").map(v -> parse(v.text(), v.source())).orElse(FULL);
 * }</pre>
 */
public final class Setting {
    private Setting() {
    }

    /**
     * A setting's text and where it was found.
     *
     * @param text   the value as written
     * @param source e.g. {@code "system property -DCOURSE_THREADS"} or {@code "environment variable COURSE_THREADS"}
     */
    public record Value(String text, String source) {
    }

    /** The property {@code key}, else the environment variable {@code key}, else empty. */
    public static Optional<Value> read(String key) {
        String property = System.getProperty(key);
        if (property != null && !property.isBlank()) {
            return Optional.of(new Value(property, "system property -D" + key));
        }
        String env = System.getenv(key);
        if (env != null && !env.isBlank()) {
            return Optional.of(new Value(env, "environment variable " + key));
        }
        return Optional.empty();
    }
}
