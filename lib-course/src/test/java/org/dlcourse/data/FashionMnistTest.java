package org.dlcourse.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FashionMnistTest {
    private static ImageSet train;
    private static ImageSet test;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        train = FashionMnist.train(true);
        test = FashionMnist.test(true);
    }

    @Test
    void fullSetsHaveTheirSizesAndExactlyBalancedClasses() {
        assertEquals(60_000, train.size());
        assertEquals(10_000, test.size());
        assertEquals(28, train.rows());
        assertEquals(28, train.cols());
        int[] sixThousand = new int[10];
        int[] oneThousand = new int[10];
        java.util.Arrays.fill(sixThousand, 6000);
        java.util.Arrays.fill(oneThousand, 1000);
        assertArrayEquals(sixThousand, train.classCounts());
        assertArrayEquals(oneThousand, test.classCounts());
    }

    @Test
    void firstLabelsAreZalandosAndNamed() {
        // the first training image is an ankle boot, the first test image too (Zalando's README)
        assertEquals(9, train.label(0));
        assertEquals(0, train.label(1));
        assertEquals(9, test.label(0));
        assertEquals("Ankle boot", FashionMnist.name(9));
        assertEquals("앵클 부츠", FashionMnist.CLASSES_KO.get(9));
        assertEquals(10, FashionMnist.classNames().length);
        assertThrows(IllegalArgumentException.class, () -> FashionMnist.name(10));
    }

    @Test
    void notTheMnistFiles() {
        assertNotEquals(Mnist.train(false).label(0), -1);
        assertTrue(train.toString().startsWith("fashion-mnist train: 60000 images 28x28"), train.toString());
        float[] boot = train.row(0);
        float max = 0;
        for (float v : boot) {
            max = Math.max(max, v);
        }
        assertEquals(1f, max);
    }

    @Test
    void indicesOfFindsTheFirstImagesOfAClass() {
        int[] shirts = test.indicesOf(6, 5);
        assertEquals(5, shirts.length);
        for (int i = 0; i < shirts.length; i++) {
            assertEquals(6, test.label(shirts[i]));
            if (i > 0) {
                assertTrue(shirts[i] > shirts[i - 1]);
            }
        }
        assertEquals(1000, test.indicesOf(6, 5000).length);
        assertEquals(0, test.indicesOf(11, 3).length);
        assertThrows(IllegalArgumentException.class, () -> test.indicesOf(6, 0));
    }

    @Test
    void quickSubsampleIsDeterministicAndStratified() {
        ImageSet quick = FashionMnist.train(false);
        assertEquals(FashionMnist.QUICK_TRAIN, quick.size());
        for (int count : quick.classCounts()) {
            assertEquals(600, count);
        }
        assertArrayEquals(quick.labels(), FashionMnist.train(false).labels());
        assertArrayEquals(quick.row(17), FashionMnist.train(false).row(17));
        ImageSet quickTest = FashionMnist.test(false);
        assertEquals(FashionMnist.QUICK_TEST, quickTest.size());
        for (int count : quickTest.classCounts()) {
            assertEquals(100, count);
        }
        assertTrue(quick.name().endsWith("(quick subsample)"));
    }

    @Test
    void anAlteredFileIsRefusedWithItsName() throws IOException {
        Path root = Files.createDirectories(temp.resolve("datasets"));
        Files.writeString(root.resolve("SHA256SUMS"), "");
        Path folder = Files.createDirectories(root.resolve("fashion-mnist"));
        Path source = Datasets.locate().root().resolve("fashion-mnist");
        for (String name : new String[] {"t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"}) {
            Files.copy(source.resolve(name), folder.resolve(name));
        }
        byte[] labels = Files.readAllBytes(folder.resolve("t10k-labels-idx1-ubyte.gz"));
        labels[labels.length / 2] ^= 1;
        Files.write(folder.resolve("t10k-labels-idx1-ubyte.gz"), labels);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FashionMnist.load(Datasets.at(root), false, true));
        assertTrue(e.getMessage().contains("fashion-mnist/t10k-labels-idx1-ubyte.gz is altered"), e.getMessage());
        // outside a git checkout the restore hint says to copy the file back (a checkout gets a git -C command)
        assertTrue(e.getMessage().contains("copy datasets/fashion-mnist/t10k-labels-idx1-ubyte.gz"), e.getMessage());
        Files.delete(folder.resolve("t10k-images-idx3-ubyte.gz"));
        Files.copy(source.resolve("t10k-labels-idx1-ubyte.gz"), folder.resolve("t10k-labels-idx1-ubyte.gz"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        e = assertThrows(IllegalStateException.class, () -> FashionMnist.load(Datasets.at(root), false, true));
        assertTrue(e.getMessage().startsWith("Dataset file missing: "), e.getMessage());
    }

    @Test
    void sharedChecksNameTheDataSet() {
        IdxImageSets files = new IdxImageSets("Fashion-MNIST", "fashion-mnist", 60_000, 10_000, 28, 10);
        IdxReader.Images images = new IdxReader.Images(new float[2][784], 28, 28);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> files.assemble("fashion-mnist test", images, new int[] {3, 12}, 2, -1, 1));
        assertTrue(e.getMessage().startsWith("Fashion-MNIST fashion-mnist test label 1 is 12, not a class 0-9"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("restore datasets/fashion-mnist/"), e.getMessage());
    }
}
