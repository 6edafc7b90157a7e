package org.dlcourse.data;

import org.dlcourse.config.Heap;
import org.dlcourse.data.prep.Sampling;
import org.dlcourse.config.RunProfile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reuters newswire topics, the Keras version: 11,228 short 1987 Reuters newswires, each labelled
 * with one of 46 topics, as word-id sequences with Keras's {@code reuters.load_data} semantics.
 *
 * <p><b>Split.</b> Keras shuffles the 11,228 newswires with {@code np.random.RandomState(113)}
 * and keeps the first 80% (8,982) for training and the rest (2,246) for testing. Java cannot
 * repeat numpy's shuffle without re-implementing its generator, so the committed conversion
 * script {@code datasets/reuters/convert_reuters.py} did the shuffle once and stored the split in
 * {@code reuters_keras_split.tsv.gz}: the sets here are exactly Keras's, in Keras's order.
 *
 * <p><b>Ids.</b> The stored ids are word-index ranks (1 = "the"). Like Keras, the loader
 * prepends {@link WordIndex#START}, adds {@link WordIndex#INDEX_FROM} to each rank, and replaces
 * ids {@code >= numWords} by {@link WordIndex#OOV}. So {@code load(10_000)} gives the same arrays
 * as {@code reuters.load_data(num_words=10000)}.
 *
 * <p>Under the quick profile (CI only) {@link #load(int)} keeps a stratified subsample of
 * {@value #QUICK_TRAIN} training and {@value #QUICK_TEST} test newswires.
 *
 * <pre>{@code
 * TextDataset reuters = Reuters.load(10_000);
 * int[] first = reuters.train().sequence(0);
 * String topic = reuters.className(reuters.train().label(0));   // "earn"
 * }</pre>
 */
public final class Reuters {
    /** Sizes of Keras's split. */
    public static final int TRAIN_SIZE = 8_982, TEST_SIZE = 2_246;
    /** Number of topics. */
    public static final int TOPICS = 46;
    /** Sizes under the quick profile. */
    public static final int QUICK_TRAIN = 2_000, QUICK_TEST = 500;
    /** Seed of the quick subsample. */
    public static final long QUICK_SEED = 42;

    static final String SPLIT_FILE = "reuters/reuters_keras_split.tsv.gz";
    static final String WORD_INDEX = "reuters/reuters_word_index.json";
    private static final String HEADER = "split\ttopic\tnpz_index\tword_ids";

    /** Topic names of the 46 labels, as in Keras's {@code reuters.get_label_names()}. */
    public static final List<String> TOPIC_NAMES = List.of(
            "cocoa", "grain", "veg-oil", "earn", "acq", "wheat", "copper", "housing", "money-supply", "coffee",
            "sugar", "trade", "reserves", "ship", "cotton", "carcass", "crude", "nat-gas", "cpi", "money-fx",
            "interest", "gnp", "meal-feed", "alum", "oilseed", "gold", "tin", "strategic-metal", "livestock",
            "retail", "ipi", "iron-steel", "rubber", "heat", "jobs", "lei", "bop", "zinc", "orange", "pet-chem",
            "dlr", "gas", "silver", "wpi", "hog", "lead");

    private Reuters() {
    }

    /**
     * Keras's split with a vocabulary of {@code numWords} (e.g. 10,000), subsampled under the
     * quick profile.
     *
     * @throws IllegalArgumentException if {@code numWords < 4} (ids 0-3 are reserved or the first word)
     */
    public static TextDataset load(int numWords) {
        return load(numWords, !RunProfile.isQuick());
    }

    /** As {@link #load(int)}, every newswire if {@code full}, else the quick subsample. */
    public static TextDataset load(int numWords, boolean full) {
        return Heap.guard("loading Reuters (Reuters.load)", () -> load(Datasets.locate(), numWords, full));
    }

    /** Every word kept: the vocabulary is the whole word index (30,979 words, ids up to 30,982). */
    public static TextDataset loadAllWords() {
        Datasets datasets = Datasets.locate();
        return Heap.guard("loading Reuters (Reuters.loadAllWords)",
                () -> load(datasets, WordIndex.read(datasets.file(WORD_INDEX)).allWords(), !RunProfile.isQuick()));
    }

    static TextDataset load(Datasets datasets, int numWords, boolean full) {
        checkNumWords(numWords);
        WordIndex index = WordIndex.read(datasets.file(WORD_INDEX));
        return read(datasets.file(SPLIT_FILE), index, numWords, full);
    }

    /** Parses a file in the layout of {@code reuters_keras_split.tsv.gz} (no checksum check: tests). */
    static TextDataset read(Path file, WordIndex index, int numWords, boolean full) {
        Parsed train = new Parsed();
        Parsed test = new Parsed();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.US_ASCII))) {
            String header = in.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException("Reuters file " + file + " should start with the header '"
                        + HEADER.replace("\t", "\\t") + "'. " + Datasets.restoreHint(file, SPLIT_FILE));
            }
            int lineNo = 1;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                parseLine(line, lineNo, file, index.maxRank(), numWords, train, test);
            }
        } catch (IOException e) {
            throw Datasets.unreadable("Reuters file", file, SPLIT_FILE, e);
        }
        if (train.size() != TRAIN_SIZE || test.size() != TEST_SIZE) {
            throw new IllegalStateException("Reuters file " + file + " should hold " + TRAIN_SIZE + " training and "
                    + TEST_SIZE + " test newswires, found " + train.size() + " and " + test.size() + ". "
                    + Datasets.restoreHint(file, SPLIT_FILE));
        }
        SequenceSet trainSet = train.toSet("reuters train", numWords);
        SequenceSet testSet = test.toSet("reuters test", numWords);
        if (!full) {
            trainSet = trainSet.subset(Sampling.stratified(trainSet.labels(), QUICK_TRAIN, QUICK_SEED))
                    .renamed("reuters train (quick subsample)");
            testSet = testSet.subset(Sampling.stratified(testSet.labels(), QUICK_TEST, QUICK_SEED))
                    .renamed("reuters test (quick subsample)");
        }
        return new TextDataset(trainSet, testSet, index, TOPIC_NAMES);
    }

    private static void parseLine(String line, int lineNo, Path file, int maxRank, int numWords,
                                  Parsed train, Parsed test) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 4) {
            throw malformed(file, lineNo, "has " + fields.length + " tab-separated fields, expected 4");
        }
        Parsed target;
        switch (fields[0]) {
            case "train": target = train; break;
            case "test": target = test; break;
            default: throw malformed(file, lineNo, "split is '" + fields[0] + "', expected train or test");
        }
        int topic;
        try {
            topic = Integer.parseInt(fields[1]);
        } catch (NumberFormatException e) {
            throw malformed(file, lineNo, "topic '" + fields[1] + "' is not a number");
        }
        if (topic < 0 || topic >= TOPICS) {
            throw malformed(file, lineNo, "topic " + topic + " is outside 0.." + (TOPICS - 1));
        }
        String[] words = fields[3].isEmpty() ? new String[0] : fields[3].split(" ");
        int[] ids = new int[words.length + 1];
        ids[0] = WordIndex.START;
        for (int k = 0; k < words.length; k++) {
            int rank;
            try {
                rank = Integer.parseInt(words[k]);
            } catch (NumberFormatException e) {
                throw malformed(file, lineNo, "word id '" + words[k] + "' is not a number");
            }
            if (rank < 1 || rank > maxRank) {
                throw malformed(file, lineNo, "word id " + rank + " is outside the word index 1.." + maxRank);
            }
            ids[k + 1] = WordIndex.idOfRank(rank, numWords);
        }
        target.add(ids, topic, "npz row " + fields[2]);
    }

    static void checkNumWords(int numWords) {
        if (numWords < WordIndex.INDEX_FROM + 1) {
            throw new IllegalArgumentException("numWords must be at least " + (WordIndex.INDEX_FROM + 1)
                    + " (ids 0-2 are padding, start and unknown), was " + numWords + "; Keras examples use 10000");
        }
    }

    private static IllegalStateException malformed(Path file, int lineNo, String what) {
        return new IllegalStateException("Malformed line " + lineNo + " in Reuters file " + file + ": " + what
                + ". " + Datasets.restoreHint(file, SPLIT_FILE));
    }

    /** Rows collected while reading. */
    private static final class Parsed {
        final List<int[]> sequences = new ArrayList<>();
        final List<Integer> labels = new ArrayList<>();
        final List<String> sources = new ArrayList<>();

        void add(int[] ids, int label, String source) {
            sequences.add(ids);
            labels.add(label);
            sources.add(source);
        }

        int size() {
            return sequences.size();
        }

        SequenceSet toSet(String name, int numWords) {
            return new SequenceSet(name, sequences.toArray(new int[0][]),
                    labels.stream().mapToInt(Integer::intValue).toArray(), numWords, sources.toArray(new String[0]));
        }
    }
}
