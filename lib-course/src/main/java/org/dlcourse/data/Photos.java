package org.dlcourse.data;

import java.util.List;

/**
 * The course's four colour photographs in {@code datasets/photos/} (public domain or CC0, from
 * scikit-image's sample data; see {@code datasets/SOURCES.md}), read as {@link RgbImage}s after
 * their SHA-256 is checked.
 *
 * <pre>{@code
 * RgbImage cat = Photos.read("chelsea.png");
 * }</pre>
 */
public final class Photos {
    /** The file names, e.g. {@code "chelsea.png"}. */
    public static final List<String> NAMES = List.of("astronaut.png", "chelsea.png", "coffee.png", "rocket.jpg");

    private Photos() {
    }

    /**
     * Reads one of the photographs by file name.
     *
     * @throws IllegalArgumentException if the name is not one of {@link #NAMES}
     * @throws IllegalStateException    if the file is missing or altered
     */
    public static RgbImage read(String name) {
        return read(Datasets.locate(), name);
    }

    static RgbImage read(Datasets datasets, String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("No photograph '" + name + "' in datasets/photos/: choose one of "
                    + NAMES);
        }
        return RgbImage.read(datasets.file("photos/" + name));
    }
}
