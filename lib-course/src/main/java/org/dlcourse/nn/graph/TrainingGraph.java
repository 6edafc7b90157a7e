package org.dlcourse.nn.graph;

import org.dlcourse.nn.layer.Activation;
import org.dlcourse.nn.layer.BuiltLayer;
import org.dlcourse.nn.layer.Input;
import org.dlcourse.nn.layer.Layer;
import org.dlcourse.nn.layer.LstmGradient;
import org.dlcourse.nn.layer.Net;
import org.dlcourse.nn.layer.ParamSpec;
import org.dlcourse.nn.layer.Plan;
import org.dlcourse.nn.layer.RecurrentLayer;
import org.dlcourse.nn.layer.Regularizer;
import org.dlcourse.nn.train.Loss;
import org.dlcourse.nn.train.Optimizer;
import org.dlcourse.nn.train.Targets;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Assign;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.core.Variable;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TInt64;
import org.tensorflow.types.family.TFloating;

import java.util.ArrayList;
import java.util.List;

/**
 * The TensorFlow graph and session of a model: variables, forward passes (training and
 * inference), loss, gradients and optimiser updates. Graph mode with a session, as Tribuo.
 * <p>Engine-internal: public because {@code Sequential} and the fit loop ({@code org.dlcourse.nn}) use it; a notebook never
 * names it.
 */
public final class TrainingGraph<T extends TFloating> implements AutoCloseable {
    final Graph graph;
    final Session session;
    final Ops tf;
    final Class<T> type;
    final Net<T> net;
    final Placeholder<T> x;
    final Placeholder<TInt64> seed;
    final List<Variable<T>> params = new ArrayList<>();
    final List<int[]> paramShapes = new ArrayList<>();
    private final List<ParamSpec> paramSpecs = new ArrayList<>();
    /** The weight penalties of the loss (see {@link Regularizer}); null without any. */
    private final Operand<T> penalty;
    private final List<Placeholder<T>> paramFeeds = new ArrayList<>();
    private final List<Assign<T>> paramAssigns = new ArrayList<>();
    final Operand<T> trainLogits;
    final Operand<T> trainOut;
    final Operand<T> inferLogits;
    final Operand<T> inferOut;
    final int outputWidth;
    final Activation lastActivation;
    final List<Layer> layers;
    private final Plan plan;
    final Loss lossFn;
    final Optimizer optimizer;
    final List<List<Variable<T>>> slots = new ArrayList<>();
    private final Op slotReset;
    final Placeholder<T> lr;
    final Placeholder<T> beta1Power;
    final Placeholder<T> beta2Power;
    private final Threads threads;
    LossAndUpdateOps<T> labelOps;
    LossAndUpdateOps<T> valueOps;

    /**
     * Builds the graph.
     *
     * @param loss      null for a model that only predicts
     * @param optimizer null for a model that only predicts and evaluates
     */
    TrainingGraph(Class<T> type, Plan plan, Loss loss, Optimizer optimizer, Threads threads) {
        this.type = type;
        this.threads = threads;
        this.lossFn = loss;
        this.optimizer = optimizer;
        this.plan = plan;
        Input input = plan.input();
        List<Layer> layers = new ArrayList<>();
        plan.layers().forEach(b -> layers.add(b.layer()));
        this.layers = List.copyOf(layers);
        graph = new Graph();
        try {
            tf = Ops.create(graph);
            int[] inShape = input.shape();
            long[] dims = new long[inShape.length + 1];
            dims[0] = -1;
            for (int i = 0; i < inShape.length; i++) {
                dims[i + 1] = inShape[i];
            }
            x = tf.withName("input").placeholder(type, Placeholder.shape(Shape.of(dims)));
            seed = tf.withName("dropout_seed").placeholder(TInt64.class, Placeholder.shape(Shape.of(2)));
            Operand<TInt32> batch = tf.slice(tf.shape(x), tf.constant(new int[] {0}), tf.constant(new int[] {1}));
            net = new Net<>(tf, type, seed, batch);

            List<List<Operand<T>>> layerParams = new ArrayList<>();
            for (BuiltLayer layer : plan.layers()) {
                List<Operand<T>> own = new ArrayList<>();
                for (ParamSpec spec : layer.params()) {
                    Shape s = Shape.of(toLongs(spec.shape()));
                    Variable<T> v = tf.withName(layer.name() + "_" + spec.name()).variable(s, type);
                    Placeholder<T> feed = tf.placeholder(type, Placeholder.shape(s));
                    params.add(v);
                    paramShapes.add(spec.shape());
                    paramSpecs.add(spec);
                    paramFeeds.add(feed);
                    paramAssigns.add(tf.assign(v, feed));
                    own.add(v);
                }
                layerParams.add(own);
            }
            int[] shape = plan.outputShape();
            penalty = Regularizer.total(net, params, paramSpecs);
            outputWidth = shape.length == 1 ? shape[0] : -1;
            lastActivation = layers.isEmpty() ? Activation.LINEAR : layers.get(layers.size() - 1).activation();

            boolean trainingDiffers = layers.stream().anyMatch(Layer::trainingDiffers);
            List<Operand<T>> infer = plan.forward(net, x, layerParams, false);
            inferLogits = infer.get(0);
            inferOut = tf.withName("output").identity(infer.get(1));
            if (trainingDiffers && optimizer != null) {
                List<Operand<T>> train = plan.forward(net, x, layerParams, true);
                trainLogits = train.get(0);
                trainOut = train.get(1);
            } else {
                trainLogits = inferLogits;
                trainOut = inferOut;
            }

            List<Op> slotInits = new ArrayList<>();
            if (optimizer != null) {
                lr = tf.placeholder(type, Placeholder.shape(Shape.scalar()));
                beta1Power = optimizer.usesBetaPowers() ? tf.placeholder(type, Placeholder.shape(Shape.scalar())) : null;
                beta2Power = optimizer.usesBetaPowers() ? tf.placeholder(type, Placeholder.shape(Shape.scalar())) : null;
                for (int i = 0; i < params.size(); i++) {
                    slots.add(optimizer.createSlots(net, Shape.of(toLongs(paramShapes.get(i))), slotInits));
                }
            } else {
                lr = null;
                beta1Power = null;
                beta2Power = null;
            }
            slotReset = slotInits.isEmpty() ? null : tf.withControlDependencies(slotInits).noOp();
            ConfigProto config = threads.sessionConfig(layers.stream().anyMatch(RecurrentLayer.class::isInstance));
            session = config == null ? new Session(graph) : new Session(graph, config);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
    }

    /** The thread pools of this graph's session. */
    Threads threads() {
        return threads;
    }

    /** The positions in {@link #params} of the tensors the optimiser trains. */
    List<Integer> trainableIndices() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < paramSpecs.size(); i++) {
            if (paramSpecs.get(i).trainable()) {
                out.add(i);
            }
        }
        return out;
    }

    private static long[] toLongs(int[] a) {
        long[] l = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            l[i] = a[i];
        }
        return l;
    }

    Operand<T> withPenalty(Operand<T> dataLoss) {
        return penalty == null ? dataLoss : tf.math.add(dataLoss, penalty);
    }

    private LossAndUpdateOps<T> targetOps(boolean labels) {
        if (lossFn == null) {
            throw new IllegalStateException("The model is not compiled: call compile(optimizer, loss, metrics...) first");
        }
        if (labels) {
            if (labelOps == null) {
                labelOps = new LossAndUpdateOps<>(this, true);
            }
            return labelOps;
        }
        if (valueOps == null) {
            valueOps = new LossAndUpdateOps<>(this, false);
        }
        return valueOps;
    }

    /** Zeroes the optimiser's state (momenta, moving averages). */
    void resetOptimizer() {
        if (slotReset != null) {
            session.runner().addTarget(slotReset).run().close();
        }
    }

    // ---- tensors -------------------------------------------------------------------------

    /** A tensor of the graph's float type holding {@code data} in this shape (the caller closes it). */
    public Tensor floats(Shape shape, float[] data) {
        return Tensors.floats(type, shape, data);
    }

    Tensor doubles(Shape shape, double[] data) {
        return Tensors.doubles(type, shape, data);
    }

    Tensor scalar(double v) {
        return Tensors.scalar(type, v);
    }

    /** The shape of an input batch of {@code n} rows. */
    public Shape inputShape(int n) {
        long[] dims = x.shape().asArray().clone();
        dims[0] = n;
        return Shape.of(dims);
    }

    /** The targets of rows {@code order[from..from+n)} as a tensor to feed (the caller closes it). */
    public Tensor targetTensor(Targets y, int[] order, int from, int n) {
        if (y.isLabels()) {
            return TInt32.tensorOf(Shape.of(n), DataBuffers.of(y.labelBatch(order, from, n), true, false));
        }
        return floats(Shape.of(n, outputWidth), y.valueBatch(order, from, n, outputWidth));
    }

    // ---- running -------------------------------------------------------------------------

    /** The result of one step: the batch loss and the outputs (n x width). */
    public record StepResult(double loss, float[] outputs) {
    }

    private static final org.tensorflow.proto.RunOptions FULL_TRACE = org.tensorflow.proto.RunOptions.newBuilder()
            .setTraceLevel(org.tensorflow.proto.RunOptions.TraceLevel.FULL_TRACE).build();
    /** When set, every training step is traced and its kernel times added here (the benchmark's profile). */
    private volatile OpTimes stepTrace;

    /** Traces the following training steps into {@code times} (null stops tracing); for the profiling benchmark. */
    public void traceSteps(OpTimes times) {
        this.stepTrace = times;
    }

    /** One optimiser step on a batch, at this learning rate. */
    public StepResult trainStep(Tensor xBatch, Tensor yBatch, boolean labels, long seedValue, long step, double learningRate) {
        LossAndUpdateOps<T> ops = targetOps(labels);
        if (ops.step == null) {
            throw new IllegalStateException("The model has no optimiser: call compile(optimizer, loss, metrics...) first");
        }
        try (Tensor s = TInt64.vectorOf(seedValue, step);
             Tensor rate = scalar(learningRate);
             Tensor b1 = optimizer.usesBetaPowers() ? scalar(optimizer.beta1Power(step)) : null;
             Tensor b2 = optimizer.usesBetaPowers() ? scalar(optimizer.beta2Power(step)) : null) {
            Session.Runner r = session.runner().feed(x, xBatch).feed(ops.target, yBatch).feed(seed, s).feed(lr, rate);
            if (b1 != null) {
                r.feed(beta1Power, b1).feed(beta2Power, b2);
            }
            OpTimes trace = stepTrace;
            if (trace != null) {
                r.setOptions(FULL_TRACE);
            }
            try (Result res = trace == null ? r.addTarget(ops.step).fetch(ops.loss).fetch(trainOut).run()
                    : r.addTarget(ops.step).fetch(ops.loss).fetch(trainOut).runAndFetchMetadata()) {
                if (trace != null) {
                    res.getMetadata().ifPresent(trace::add);
                }
                return new StepResult(Tensors.readDoubles(res.get(0))[0], Tensors.readFloats(res.get(1)));
            }
        }
    }

    /** Loss (inference pass) and outputs on a batch. */
    StepResult evaluate(Tensor xBatch, Tensor yBatch, boolean labels) {
        LossAndUpdateOps<T> ops = targetOps(labels);
        try (Result res = session.runner().feed(x, xBatch).feed(ops.target, yBatch)
                .fetch(ops.evalLoss).fetch(inferOut).run()) {
            return new StepResult(Tensors.readDoubles(res.get(0))[0], Tensors.readFloats(res.get(1)));
        }
    }

    /** Outputs (inference pass) on a batch. */
    float[] predict(Tensor xBatch) {
        try (Result res = session.runner().feed(x, xBatch).fetch(inferOut).run()) {
            return Tensors.readFloats(res.get(0));
        }
    }

    /**
     * The training loss and its gradient with respect to every parameter, on the training pass
     * with a fixed dropout seed (for gradient checks); zeros for the tensors the optimiser does not
     * train (a batch normalisation's moving statistics, which the training pass does not read).
     */
    double[][] lossAndGradients(Tensor xBatch, Tensor yBatch, boolean labels, long seedValue, long step) {
        LossAndUpdateOps<T> ops = targetOps(labels);
        List<Output<?>> vars = new ArrayList<>();
        List<Integer> trained = trainableIndices();
        for (int i : trained) {
            vars.add(params.get(i).asOutput());
        }
        LstmGradient.requireFor(layers, type);
        Output<?>[] grads = graph.addGradients(ops.loss.asOutput(), vars.toArray(new Output<?>[0]));
        try (Tensor s = TInt64.vectorOf(seedValue, step)) {
            Session.Runner r = session.runner().feed(x, xBatch).feed(ops.target, yBatch).feed(seed, s).fetch(ops.loss);
            for (Output<?> g : grads) {
                r.fetch(g);
            }
            try (Result res = r.run()) {
                double[][] out = new double[params.size() + 1][];
                out[0] = Tensors.readDoubles(res.get(0));
                for (int i = 0; i < params.size(); i++) {
                    out[i + 1] = new double[paramSpecs.get(i).size()];
                }
                for (int j = 0; j < trained.size(); j++) {
                    out[trained.get(j) + 1] = Tensors.readDoubles(res.get(j + 1));
                }
                return out;
            }
        }
    }

    /** The training-pass loss with a fixed dropout seed (for gradient checks). */
    double trainingLoss(Tensor xBatch, Tensor yBatch, boolean labels, long seedValue, long step) {
        LossAndUpdateOps<T> ops = targetOps(labels);
        try (Tensor s = TInt64.vectorOf(seedValue, step);
             Result res = session.runner().feed(x, xBatch).feed(ops.target, yBatch).feed(seed, s).fetch(ops.loss).run()) {
            return Tensors.readDoubles(res.get(0))[0];
        }
    }

    /** The current weights, one flat array per parameter. */
    double[][] readParams() {
        if (params.isEmpty()) {
            return new double[0][];
        }
        Session.Runner r = session.runner();
        for (Variable<T> v : params) {
            r.fetch(v);
        }
        try (Result res = r.run()) {
            double[][] out = new double[params.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = Tensors.readDoubles(res.get(i));
            }
            return out;
        }
    }

    /** Replaces the weights. */
    void writeParams(double[][] values) {
        if (params.isEmpty()) {
            return;
        }
        List<Tensor> tensors = new ArrayList<>();
        try {
            Session.Runner r = session.runner();
            for (int i = 0; i < params.size(); i++) {
                Tensor t = doubles(Shape.of(toLongs(paramShapes.get(i))), values[i]);
                tensors.add(t);
                r.feed(paramFeeds.get(i), t).addTarget(paramAssigns.get(i));
            }
            r.run().close();
        } finally {
            tensors.forEach(Tensor::close);
        }
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
