package org.dlcourse.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dataset files the library reads, with the size and SHA-256 it expects of each. The values
 * equal {@code datasets/SHA256SUMS} (a test keeps the two in step); keeping them in the library
 * means an edited SHA256SUMS cannot make an altered file pass.
 */
final class DatasetFiles {
    /** Expected size in bytes and lower-case hex SHA-256 of one file. */
    record Entry(String path, long size, String sha256) {
    }

    private static final Map<String, Entry> FILES = new LinkedHashMap<>();

    static {
        add("boston_housing/BostonHousing.csv", 35735,
                "ab16ba38fbbbbcc69fe930aab1293104f1442c8279c130d9eba03dd864bef675");
        add("fashion-mnist/t10k-images-idx3-ubyte.gz", 4422079,
                "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa");
        add("fashion-mnist/t10k-labels-idx1-ubyte.gz", 5125,
                "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05");
        add("fashion-mnist/train-images-idx3-ubyte.gz", 26421856,
                "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7");
        add("fashion-mnist/train-labels-idx1-ubyte.gz", 29491,
                "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056");
        add("imdb/aclImdb_v1_text.tar.gz", 56744675,
                "15efe61b046bab2235aba67dd0c29f9768a163a0b62ec53fbed7c6f03e292738");
        add("imdb/imdb_word_index.json", 1641221,
                "027313fe9a320280f3bf0fac5baf58c4a683cf39a7ed9c3d3d3912bde4284cf6");
        add("iris/bezdekIris.data", 4551, // Tribuo's irises tutorial (tutorials/tribuo)
                "0fed2a99db77ec533a62dc66894d3ec6df3b58b6a8f3cf4a6b47e4086b7f97dc");
        add("iris/iris.data", 4551,
                "6f608b71a7317216319b4d27b4d9bc84e6abd734eda7872b71a458569e2656c0");
        add("mnist/t10k-images-idx3-ubyte.gz", 1648877,
                "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6");
        add("mnist/t10k-labels-idx1-ubyte.gz", 4542,
                "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6");
        add("mnist/train-images-idx3-ubyte.gz", 9912422,
                "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609");
        add("mnist/train-labels-idx1-ubyte.gz", 28881,
                "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c");
        add("photos/astronaut.png", 791555,
                "88431cd9653ccd539741b555fb0a46b61558b301d4110412b5bc28b5e3ea6cb5");
        add("photos/chelsea.png", 240512,
                "596aa1e7cb875eb79f437e310381d26b338a81c2da23439704a73c4651e8c4bb");
        add("photos/coffee.png", 466706,
                "cc02f8ca188b167c775a7101b5d767d1e71792cf762c33d6fa15a4599b5a8de7");
        add("photos/rocket.jpg", 112525,
                "c2dd0de7c538df8d111e479619b129464d0269d0ae5fd18ca91d33a7fdfea95c");
        // the original Keras file: not read by Java (a pickled numpy array), kept for convert_reuters.py
        add("reuters/reuters.npz", 2110848,
                "d6586e694ee56d7a4e65172e12b3e987c03096cb01eab99753921ef915959916");
        add("reuters/reuters_keras_split.tsv.gz", 2309486,
                "b920cf20560d662f68c01eb8bff7b3402293273b0c7f05e1d83a30bd0032a327");
        add("reuters/reuters_word_index.json", 550378,
                "9b56000edc4b34a32e89fd5a23b2605594682c74efcf7d8f4e2a5514b771e633");
        add("austen/emma.txt.gz", 324290,
                "20ec53e8cf90d81713c6c7cbd2622aebb147db64473eb11e6bce0d8e86c4cf74");
        add("austen/mansfieldpark.txt.gz", 324746,
                "84b7f4a6c606e833b5cebf68ce95bd60cd07193d09a2c51f0c7d8c41cb951909");
        add("austen/northangerabbey.txt.gz", 161871,
                "a427a192cf42da0d6e4d51a4e0958883d8b07b0575699539d3d30e5bb050eb86");
        add("austen/persuasion.txt.gz", 170876,
                "323619e3e69a7d09e9179d3ba22ff53196c2cbf01810ce0eefc929ff5398e2f1");
        add("austen/prideprejudice.txt.gz", 248657,
                "96c4f90d77b6be0fdea103138decbbf0ecd10b15eec26a5927c9fb459a90cc7e");
        add("austen/sensesensibility.txt.gz", 245131,
                "b98e6534af4313bea0ac62ad565007aee27f8d8a4d2583d4000cf4bfc72ea205");
    }

    private DatasetFiles() {
    }

    private static void add(String path, long size, String sha256) {
        FILES.put(path, new Entry(path, size, sha256));
    }

    /**
     * The expected entry of a file.
     *
     * @throws IllegalArgumentException if the library does not know the file
     */
    static Entry get(String relative) {
        Entry entry = FILES.get(relative);
        if (entry == null) {
            throw new IllegalArgumentException("Unknown dataset file '" + relative + "': the library reads only "
                    + FILES.keySet());
        }
        return entry;
    }

    /** Every known file, in SHA256SUMS order. */
    static Map<String, Entry> all() {
        return Collections.unmodifiableMap(FILES);
    }
}
