package org.dlcourse.data;

import org.dlcourse.config.Heap;
import org.dlcourse.data.prep.Sampling;
import org.dlcourse.data.prep.Shuffle;
import org.dlcourse.config.RunProfile;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * IMDB movie reviews (Maas et al., 2011) with Keras's {@code imdb.load_data} conventions: 25,000
 * training and 25,000 test reviews, half positive (label 1) and half negative (label 0), as
 * word-id sequences.
 *
 * <p>Keras's preprocessed {@code imdb.npz} is not available, so the reviews are read from the raw
 * Large Movie Review Dataset ({@code datasets/imdb/aclImdb_v1_text.tar.gz}, streamed, never
 * unpacked) and tokenised by {@link KerasText#tokenize} (lower case, HTML line breaks removed,
 * Keras's default punctuation filters, split on whitespace). Each word gets its rank in Keras's
 * IMDB word index ({@code imdb_word_index.json}, 88,584 words, 1 = "the") plus
 * {@value WordIndex#INDEX_FROM}; every sequence starts with {@link WordIndex#START}; words not in
 * the index, or whose id would be {@code >= numWords}, become {@link WordIndex#OOV}. The label
 * comes from the folder ({@code pos}/{@code neg}).
 *
 * <p>Order: reviews are sorted by label and file number, then shuffled with {@code new
 * Random(113)} (Keras's seed, but Java's generator: the order differs from Keras's). The sets are
 * therefore close to, not identical with, Keras's arrays; results match the reference within noise.
 *
 * <p>Under the quick profile (CI only) {@link #load(int)} keeps a stratified subsample of
 * {@value #QUICK_TRAIN} training and {@value #QUICK_TEST} test reviews (the archive is still read).
 *
 * <pre>{@code
 * TextDataset imdb = Imdb.load(10_000);
 * int[] review = imdb.train().sequence(0);
 * System.out.println(imdb.decode(review));
 * }</pre>
 */
public final class Imdb {
    /** Sizes of the two sets. */
    public static final int TRAIN_SIZE = 25_000, TEST_SIZE = 25_000;
    /** Sizes under the quick profile. */
    public static final int QUICK_TRAIN = 2_500, QUICK_TEST = 2_500;
    /** Seed of the shuffle (Keras's default seed) and of the quick subsample. */
    public static final long SEED = 113, QUICK_SEED = 42;
    /** Label names, index = label. */
    public static final List<String> LABEL_NAMES = List.of("negative", "positive");

    static final String ARCHIVE = "imdb/aclImdb_v1_text.tar.gz";
    static final String WORD_INDEX = "imdb/imdb_word_index.json";
    private static final Pattern REVIEW = Pattern.compile("aclImdb/(train|test)/(pos|neg)/(\\d+)_(\\d+)\\.txt");

    private Imdb() {
    }

    /**
     * The reviews with a vocabulary of {@code numWords} (e.g. 10,000), subsampled under the
     * quick profile. Reading the archive takes a few seconds.
     *
     * @throws IllegalArgumentException if {@code numWords < 4}
     */
    public static TextDataset load(int numWords) {
        return load(numWords, !RunProfile.isQuick());
    }

    /** As {@link #load(int)}, all reviews if {@code full}, else the quick subsample. */
    public static TextDataset load(int numWords, boolean full) {
        return Heap.guard("loading IMDB (Imdb.load)", () -> load(Datasets.locate(), numWords, full));
    }

    /**
     * The raw text of one review, e.g. {@code imdb.train().source(0)} such as
     * {@code "train/pos/1234_8.txt"} (reads the archive up to that file).
     *
     * @throws IllegalArgumentException if the archive holds no such review
     */
    public static String rawText(String source) {
        Path archive = Datasets.locate().file(ARCHIVE);
        String wanted = "aclImdb/" + source;
        try (InputStream in = open(archive)) {
            TarReader tar = new TarReader(in, archive.toString(), Datasets.restoreHint(archive, ARCHIVE));
            for (TarReader.Entry e; (e = tar.next()) != null; ) {
                if (e.name().equals(wanted)) {
                    return new String(tar.readContent(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw Datasets.unreadable("IMDB archive", archive, ARCHIVE, e);
        }
        throw new IllegalArgumentException("No review '" + source + "' in " + archive
                + ": use a source() name such as train/pos/0_9.txt");
    }

    static TextDataset load(Datasets datasets, int numWords, boolean full) {
        Reuters.checkNumWords(numWords);
        WordIndex index = WordIndex.read(datasets.file(WORD_INDEX));
        return read(datasets.file(ARCHIVE), index, numWords, full);
    }

    /** Parses an archive in the layout of {@code aclImdb_v1_text.tar.gz} (no checksum check: tests). */
    static TextDataset read(Path archive, WordIndex index, int numWords, boolean full) {
        List<Review> train = new ArrayList<>(TRAIN_SIZE);
        List<Review> test = new ArrayList<>(TEST_SIZE);
        try (InputStream in = open(archive)) {
            TarReader tar = new TarReader(in, archive.toString(), Datasets.restoreHint(archive, ARCHIVE));
            for (TarReader.Entry e; (e = tar.next()) != null; ) {
                Matcher m = REVIEW.matcher(e.name());
                if (!m.matches()) {
                    continue;
                }
                String text = new String(tar.readContent(), StandardCharsets.UTF_8);
                Review r = new Review(e.name().substring("aclImdb/".length()), m.group(2).equals("pos") ? 1 : 0,
                        Integer.parseInt(m.group(3)), KerasText.encode(text, index, numWords));
                (m.group(1).equals("train") ? train : test).add(r);
                if (train.size() == TRAIN_SIZE && test.size() == TEST_SIZE) {
                    break; // the rest is the unlabelled set and URL lists
                }
            }
        } catch (IOException e) {
            throw Datasets.unreadable("IMDB archive", archive, ARCHIVE, e);
        }
        checkCounts(train, "train", archive);
        checkCounts(test, "test", archive);
        Random random = new Random(SEED);
        SequenceSet trainSet = toSet("imdb train", train, numWords, random);
        SequenceSet testSet = toSet("imdb test", test, numWords, random);
        if (!full) {
            trainSet = trainSet.subset(Sampling.stratified(trainSet.labels(), QUICK_TRAIN, QUICK_SEED))
                    .renamed("imdb train (quick subsample)");
            testSet = testSet.subset(Sampling.stratified(testSet.labels(), QUICK_TEST, QUICK_SEED))
                    .renamed("imdb test (quick subsample)");
        }
        return new TextDataset(trainSet, testSet, index, LABEL_NAMES);
    }

    private static InputStream open(Path archive) throws IOException {
        return new BufferedInputStream(new GZIPInputStream(Files.newInputStream(archive), 1 << 16), 1 << 16);
    }

    private static void checkCounts(List<Review> reviews, String split, Path archive) {
        long pos = reviews.stream().filter(r -> r.label == 1).count();
        long neg = reviews.size() - pos;
        if (pos != 12_500 || neg != 12_500) {
            throw new IllegalStateException("IMDB archive " + archive + " should hold 12500 positive and 12500 negative "
                    + split + " reviews, found " + pos + " and " + neg + ". " + Datasets.restoreHint(archive, ARCHIVE));
        }
    }

    private static SequenceSet toSet(String name, List<Review> reviews, int numWords, Random random) {
        // a fixed order first, whatever the archive's, then the seeded shuffle
        reviews.sort(Comparator.comparingInt((Review r) -> r.label).thenComparingInt(r -> r.number));
        int[] order = new int[reviews.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Shuffle.inPlace(order, random);
        int[][] sequences = new int[order.length][];
        int[] labels = new int[order.length];
        String[] sources = new String[order.length];
        for (int k = 0; k < order.length; k++) {
            Review r = reviews.get(order[k]);
            sequences[k] = r.ids;
            labels[k] = r.label;
            sources[k] = r.source;
        }
        return new SequenceSet(name, sequences, labels, numWords, sources);
    }

    private record Review(String source, int label, int number, int[] ids) {
    }
}
