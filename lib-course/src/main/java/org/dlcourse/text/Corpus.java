package org.dlcourse.text;

import org.dlcourse.data.Datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * A corpus for a word-level language model: three token lists, to train on, to choose settings
 * on (validation) and to measure on once (test).
 *
 * <ul>
 *   <li>{@link #austen()}: Jane Austen's novels from {@code datasets/austen}, split <b>by novel</b>
 *       (a model is judged on a book it has never seen): Sense and Sensibility, Pride and
 *       Prejudice, Mansfield Park and Emma train, Northanger Abbey validates, Persuasion is the
 *       test. Tokens by {@link Tokenizer#words}.</li>
 *   <li>{@link #ptb(Path)}: your own copy of the Penn Treebank language-model files
 *       ({@code ptb.train.txt}, {@code ptb.valid.txt}, {@code ptb.test.txt}, as in Mikolov's
 *       {@code simple-examples} and TensorFlow's PTB tutorial): plain text, one sentence a line,
 *       tokens separated by spaces, already lower case, rare words replaced by {@code <unk>},
 *       numbers by {@code N}. Each line's tokens are followed by {@code <eos>} (end of sentence).
 *       The course does not ship them: Penn Treebank is under the LDC user agreement.</li>
 * </ul>
 */
public record Corpus(String name, List<String> train, List<String> valid, List<String> test) {
    /** The novels in {@code datasets/austen}, by file stem, in publication order of writing. */
    public static final List<String> AUSTEN_NOVELS = List.of("sensesensibility", "prideprejudice", "mansfieldpark",
            "emma", "northangerabbey", "persuasion");
    /** Penn Treebank's end-of-sentence token, added after each line of a PTB file. */
    public static final String EOS = "<eos>";

    public Corpus {
        train = List.copyOf(train);
        valid = List.copyOf(valid);
        test = List.copyOf(test);
    }

    /** Austen's novels from the course's datasets folder, split by novel (see the class comment). */
    public static Corpus austen() {
        return austen(Datasets.locate());
    }

    /** Austen's novels from a datasets folder, split by novel. */
    public static Corpus austen(Datasets datasets) {
        List<String> train = new ArrayList<>();
        for (String novel : AUSTEN_NOVELS.subList(0, 4)) {
            train.addAll(Tokenizer.words(novel(datasets, novel)));
        }
        return new Corpus("austen", train, Tokenizer.words(novel(datasets, "northangerabbey")),
                Tokenizer.words(novel(datasets, "persuasion")));
    }

    /** The text of one novel, e.g. {@code novel("persuasion")}. */
    public static String novel(String name) {
        return novel(Datasets.locate(), name);
    }

    static String novel(Datasets datasets, String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        if (!AUSTEN_NOVELS.contains(n)) {
            throw new IllegalArgumentException("Unknown novel '" + name + "': use one of " + AUSTEN_NOVELS);
        }
        Path file = datasets.file("austen/" + n + ".txt.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    /**
     * Penn Treebank from a folder holding {@code ptb.train.txt}, {@code ptb.valid.txt} and
     * {@code ptb.test.txt} (see the class comment for the format).
     *
     * @throws NoSuchFileException if a file is missing; the message says what the folder must hold
     */
    public static Corpus ptb(Path folder) throws IOException {
        return new Corpus("ptb", ptbFile(folder, "train"), ptbFile(folder, "valid"), ptbFile(folder, "test"));
    }

    /** True when a folder holds the three PTB files. */
    public static boolean hasPtb(Path folder) {
        return folder != null && Files.isRegularFile(folder.resolve("ptb.train.txt"))
                && Files.isRegularFile(folder.resolve("ptb.valid.txt")) && Files.isRegularFile(folder.resolve("ptb.test.txt"));
    }

    private static List<String> ptbFile(Path folder, String part) throws IOException {
        Path file = folder.resolve("ptb." + part + ".txt");
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "Penn Treebank file missing: " + file.toAbsolutePath()
                    + ". The folder must hold ptb.train.txt, ptb.valid.txt and ptb.test.txt (one sentence a line,"
                    + " tokens separated by spaces); the course does not ship them (LDC licence)");
        }
        return ptbTokens(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** The tokens of PTB-format lines: each line's space-separated tokens, then {@value #EOS}. */
    public static List<String> ptbTokens(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String t = line.trim();
            if (t.isEmpty()) {
                continue;
            }
            for (String w : t.split("\\s+")) {
                out.add(w);
            }
            out.add(EOS);
        }
        return out;
    }

    /** The same corpus with at most this many tokens in each part (the first ones). */
    public Corpus limit(int trainTokens, int validTokens, int testTokens) {
        return new Corpus(name, train.subList(0, Math.min(trainTokens, train.size())),
                valid.subList(0, Math.min(validTokens, valid.size())), test.subList(0, Math.min(testTokens, test.size())));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Corpus %s: %,d train, %,d validation, %,d test tokens", name, train.size(),
                valid.size(), test.size());
    }
}
