package org.dlcourse.nn;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dlcourse.nn.layer.BuiltLayer;
import org.dlcourse.nn.layer.Input;
import org.dlcourse.nn.layer.Layer;
import org.dlcourse.nn.layer.LayerTypes;
import org.dlcourse.nn.layer.Layers;
import org.dlcourse.nn.layer.Plan;
import org.dlcourse.nn.train.Loss;
import org.dlcourse.nn.train.Metric;
import org.dlcourse.nn.train.Optimizer;

/**
 * The model file: a zip holding {@value #HEADER} (format name, version, architecture and compile
 * settings as text) and {@value #WEIGHTS} (a magic number, then each parameter's shape and
 * big-endian floats). Reading never uses Java deserialisation.
 */
final class ModelFile {
    static final String HEADER = "dlcourse-model.properties";
    static final String WEIGHTS = "weights.bin";
    static final String FORMAT = "dlcourse-sequential";
    static final int VERSION = 1;
    private static final int WEIGHTS_MAGIC = 0x444C5731; // "DLW1"

    private ModelFile() {
    }

    static void write(Sequential model, Path file, double[][] weights, long step) throws IOException {
        Map<String, String> h = new TreeMap<>();
        h.put("format", FORMAT);
        h.put("version", Integer.toString(VERSION));
        h.put("input.shape", join(model.input().shape()));
        h.put("input.dtype", model.input().dtype().name().toLowerCase());
        h.put("seed", Long.toString(model.seed()));
        h.put("steps", Long.toString(step));
        Plan plan = model.plan();
        h.put("layers", Integer.toString(plan.layers().size()));
        for (BuiltLayer built : plan.layers()) {
            Layer l = built.layer();
            int i = built.index();
            Map<String, String> c = new TreeMap<>();
            l.writeConfig(c);
            h.put("layer." + i + ".type", l.type());
            h.put("layer." + i + ".name", l.name());
            String prefix = "layer." + i + ".";
            c.forEach((k, v) -> h.put(prefix + k, v));
        }
        if (model.loss() != null) {
            h.put("loss", model.loss().kerasName());
            model.optimizer().writeConfig(h);
            List<String> names = new ArrayList<>();
            model.metrics().forEach(m -> names.add(m.name()));
            h.put("metrics", String.join(",", names));
        }
        h.put("params", Integer.toString(weights.length));

        Path parent = file.toAbsolutePath().getParent();
        prepareFolder(file, parent);
        // Write to a temporary file first so a crash never leaves a half-written model behind. It is
        // created as any new file is (mode 0666 minus the umask, like the .onnx files and plots), not
        // with Files.createTempFile's owner-only 0600, so the model file gets the user's usual permissions.
        Path tmp = parent.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(os))) {
                zip.putNextEntry(new ZipEntry(HEADER));
                StringBuilder text = new StringBuilder("# dlcourse Sequential model\n");
                h.forEach((k, v) -> text.append(escape(k)).append('=').append(escape(v)).append('\n'));
                zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(WEIGHTS));
                DataOutputStream out = new DataOutputStream(zip);
                out.writeInt(WEIGHTS_MAGIC);
                out.writeInt(weights.length);
                List<int[]> shapes = plan.paramShapes();
                for (int i = 0; i < weights.length; i++) {
                    int[] s = shapes.get(i);
                    out.writeInt(s.length);
                    for (int d : s) {
                        out.writeInt(d);
                    }
                    for (double v : weights[i]) {
                        out.writeFloat((float) v);
                    }
                }
                out.flush();
                zip.closeEntry();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Creates the folder of {@code file}.
     *
     * @throws IOException whose message starts "Cannot save the model to FILE: " and says which part
     *                     of the path is a file or which folder cannot be written, and what to do
     */
    static void prepareFolder(Path file, Path parent) throws IOException {
        String problem = folderProblem(file, parent);
        if (problem != null) {
            throw new IOException("Cannot save the model to " + file + ": " + problem);
        }
    }

    /** Creates the folder of {@code file}; what stops a model being written there, or null. */
    static String folderProblem(Path file, Path parent) {
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                return p + " is a file, not a folder. Choose a path inside a folder, e.g. Path.of(\"models\", \""
                        + file.getFileName() + "\"), or move that file away";
            }
            if (Files.isDirectory(p)) {
                break;
            }
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            return "its folder " + parent + " cannot be created (" + e + "). Choose a folder you can write,"
                    + " e.g. the notebook's folder";
        }
        if (!Files.isWritable(parent)) {
            return "the folder " + parent + " is not writable. Choose a folder you can write, e.g. the notebook's folder";
        }
        return null;
    }

    static Sequential read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "Model file not found: " + file.toAbsolutePath()
                    + " (save one with model.save(path))");
        }
        if (Files.size(file) == 0) {
            throw corrupt(file, "it is empty (0 bytes): the save was interrupted or the disk was full");
        }
        boolean ours = startsLikeAModel(file);
        byte[] header = null;
        byte[] weights = null;
        // ZipFile reads the central directory at the end of the file: a file cut anywhere is noticed
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry h = zip.getEntry(HEADER);
            ZipEntry w = zip.getEntry(WEIGHTS);
            if (h != null) {
                try (var in = zip.getInputStream(h)) {
                    header = in.readAllBytes();
                }
            }
            if (w != null) {
                try (var in = zip.getInputStream(w)) {
                    weights = in.readAllBytes();
                }
            }
        } catch (ZipException | EOFException e) {
            if (ours) {
                throw truncated(file, e.getMessage());
            }
            throw notAModel(file, "it is not a valid zip archive (" + e.getMessage() + ")");
        }
        if (header == null) {
            if (ours) {
                throw truncated(file, "its " + HEADER + " entry is incomplete");
            }
            throw notAModel(file, "it has no " + HEADER + " entry");
        }
        Properties p = new Properties();
        p.load(new StringReader(new String(header, StandardCharsets.UTF_8)));
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw notAModel(file, "its format is '" + p.getProperty("format") + "', not '" + FORMAT + "'");
        }
        int version;
        try {
            version = Integer.parseInt(p.getProperty("version", ""));
        } catch (NumberFormatException ex) {
            throw corrupt(file, "the version is '" + p.getProperty("version") + "'");
        }
        if (version > VERSION) {
            throw new IllegalArgumentException("Model file " + file + " has format version " + version
                    + " but this library reads up to version " + VERSION + ": update the course library");
        }
        if (weights == null) {
            throw truncated(file, "it has no " + WEIGHTS + " entry");
        }
        Sequential model;
        try {
            model = build(p);
        } catch (RuntimeException ex) {
            throw corrupt(file, "the architecture cannot be rebuilt (" + ex.getMessage() + ")");
        }
        double[][] w = readWeights(file, weights, model.plan().paramShapes());
        Optimizer optimizer = null;
        Loss loss = null;
        List<Metric> metrics = new ArrayList<>();
        try {
            if (p.getProperty("loss") != null) {
                loss = Loss.parse(p.getProperty("loss"));
                Map<String, String> c = new TreeMap<>();
                p.stringPropertyNames().forEach(k -> c.put(k, p.getProperty(k)));
                optimizer = Optimizer.fromConfig(c);
                String m = p.getProperty("metrics", "");
                for (String name : m.split(",")) {
                    if (!name.isBlank()) {
                        metrics.add(Metric.parse(name));
                    }
                }
            }
        } catch (RuntimeException ex) {
            throw corrupt(file, "the compile settings cannot be read (" + ex.getMessage() + ")");
        }
        model.restore(optimizer, loss, metrics, w, Long.parseLong(p.getProperty("steps", "0")),
                Long.parseLong(p.getProperty("seed", "42")));
        return model;
    }

    private static Sequential build(Properties p) {
        int[] shape = Arrays.stream(p.getProperty("input.shape").split(",")).mapToInt(Integer::parseInt).toArray();
        String dtype = p.getProperty("input.dtype", "float");
        Input input = "int".equals(dtype) ? Layers.tokenInput(shape[0]) : Layers.input(shape);
        int n = Integer.parseInt(p.getProperty("layers"));
        Layer[] layers = new Layer[n];
        for (int i = 0; i < n; i++) {
            String prefix = "layer." + i + ".";
            Map<String, String> c = new TreeMap<>();
            for (String k : p.stringPropertyNames()) {
                if (k.startsWith(prefix)) {
                    c.put(k.substring(prefix.length()), p.getProperty(k));
                }
            }
            Layer l = LayerTypes.fromConfig(c.get("type"), c, i);
            l.name(c.get("name"));
            layers[i] = l;
        }
        return Sequential.of(input, layers);
    }

    /** A fresh layer with the same configuration and name (layer objects belong to one model). */
    static Layer copyOf(Layer layer, int position) {
        Map<String, String> c = new TreeMap<>();
        layer.writeConfig(c);
        Layer copy = LayerTypes.fromConfig(layer.type(), c, position);
        copy.name(layer.name());
        return copy;
    }

    private static double[][] readWeights(Path file, byte[] bytes, List<int[]> shapes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != WEIGHTS_MAGIC) {
                throw corrupt(file, "the weights do not start with the expected magic number");
            }
            int count = in.readInt();
            if (count != shapes.size()) {
                throw corrupt(file, "it holds " + count + " weight arrays but the architecture has " + shapes.size());
            }
            double[][] w = new double[count][];
            for (int i = 0; i < count; i++) {
                int rank = in.readInt();
                if (rank < 0 || rank > 8) {
                    throw corrupt(file, "weight " + i + " has rank " + rank);
                }
                int[] s = new int[rank];
                for (int d = 0; d < rank; d++) {
                    s[d] = in.readInt();
                }
                if (!Arrays.equals(s, shapes.get(i))) {
                    throw corrupt(file, "weight " + i + " has shape " + Arrays.toString(s) + " but the architecture needs "
                            + Arrays.toString(shapes.get(i)));
                }
                w[i] = new double[Layer.product(s)];
                for (int j = 0; j < w[i].length; j++) {
                    w[i][j] = in.readFloat();
                }
            }
            if (in.read() != -1) {
                throw corrupt(file, "there are extra bytes after the weights");
            }
            return w;
        } catch (EOFException e) {
            throw truncated(file, "the weights end early");
        } catch (IOException e) {
            throw corrupt(file, e.getMessage());
        }
    }

    private static IllegalArgumentException notAModel(Path file, String why) {
        return new IllegalArgumentException("Not a dlcourse model file: " + file + " (" + why
                + "); load only files written by Sequential.save");
    }

    /**
     * True when the file starts as {@link #write} starts every model file: a zip local header whose
     * first entry is {@value #HEADER}. Such a file was written by {@code save}; if it cannot be read,
     * it is damaged, not foreign.
     */
    private static boolean startsLikeAModel(Path file) throws IOException {
        byte[] start = new byte[30 + HEADER.length()];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(start, 0, start.length);
        }
        if (n < 4 || start[0] != 'P' || start[1] != 'K' || start[2] != 3 || start[3] != 4) {
            return false;
        }
        if (n < start.length) {
            return true; // a zip cut inside its first header: say truncated rather than foreign
        }
        int nameLength = (start[26] & 0xff) | ((start[27] & 0xff) << 8);
        return nameLength == HEADER.length()
                && HEADER.equals(new String(start, 30, nameLength, StandardCharsets.UTF_8));
    }

    private static IllegalArgumentException truncated(Path file, String why) {
        return new IllegalArgumentException("Model file " + file + " is truncated or corrupt (" + why + "): it was"
                + " written by Sequential.save but is incomplete, e.g. cut off by a full disk, an interrupted save"
                + " or copy. Save the model again (or restore a complete copy of the file)");
    }

    private static IllegalArgumentException corrupt(Path file, String why) {
        return new IllegalArgumentException("Corrupt model file " + file + ": " + why + "; save the model again");
    }

    private static String join(int[] a) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            b.append(i == 0 ? "" : ",").append(a[i]);
        }
        return b.toString();
    }

    /** Escapes as Properties.store would, without its timestamp comment (files stay identical). */
    private static String escape(String s) {
        Properties one = new Properties();
        one.setProperty("k", s);
        StringWriter w = new StringWriter();
        try {
            one.store(w, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (String line : w.toString().split("\n")) {
            if (line.startsWith("k=")) {
                return line.substring(2).trim();
            }
        }
        return s;
    }
}
