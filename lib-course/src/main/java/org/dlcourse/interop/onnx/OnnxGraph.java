package org.dlcourse.interop.onnx;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.ByteString;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * An ONNX graph under construction: nodes with fresh names, float and int64 initialisers, and the
 * attribute and value-info builders the exporters share.
 */
abstract class OnnxGraph {
    final OnnxMl.GraphProto.Builder graph = OnnxMl.GraphProto.newBuilder();
    private int counter;

    String fresh(String op) {
        return op.toLowerCase() + "_" + counter++;
    }

    String node(String op, List<String> inputs, OnnxMl.AttributeProto... attrs) {
        return nodeOutputs(op, inputs, 1, attrs).get(0);
    }

    List<String> nodeOutputs(String op, List<String> inputs, int outputs, OnnxMl.AttributeProto... attrs) {
        String name = fresh(op);
        OnnxMl.NodeProto.Builder n = OnnxMl.NodeProto.newBuilder().setOpType(op).setName(name).addAllInput(inputs);
        List<String> outs = new ArrayList<>();
        for (int i = 0; i < outputs; i++) {
            outs.add(name + "_out" + i);
        }
        n.addAllOutput(outs);
        for (OnnxMl.AttributeProto a : attrs) {
            n.addAttribute(a);
        }
        graph.addNode(n);
        return outs;
    }

    String transpose(String x, int... perm) {
        return node("Transpose", List.of(x), ints("perm", perm));
    }

    String reshape(String x, int... shape) {
        return node("Reshape", List.of(x, int64s(shape)));
    }

    String initializer(float[] data, int... dims) {
        String name = "w_" + counter++;
        ByteBuffer buf = ByteBuffer.allocate(4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : data) {
            buf.putFloat(v);
        }
        OnnxMl.TensorProto.Builder t = OnnxMl.TensorProto.newBuilder().setName(name)
                .setDataType(OnnxMl.TensorProto.DataType.FLOAT_VALUE).setRawData(ByteString.copyFrom(buf.array()));
        for (int d : dims) {
            t.addDims(d);
        }
        graph.addInitializer(t);
        return name;
    }

    String int64s(int... values) {
        String name = "c_" + counter++;
        OnnxMl.TensorProto.Builder t = OnnxMl.TensorProto.newBuilder().setName(name)
                .setDataType(OnnxMl.TensorProto.DataType.INT64_VALUE).addDims(values.length);
        for (int v : values) {
            t.addInt64Data(v);
        }
        graph.addInitializer(t);
        return name;
    }

    static OnnxMl.AttributeProto attr(String name, int value) {
        return OnnxMl.AttributeProto.newBuilder().setName(name).setType(OnnxMl.AttributeProto.AttributeType.INT)
                .setI(value).build();
    }

    static OnnxMl.AttributeProto floatAttr(String name, double value) {
        return OnnxMl.AttributeProto.newBuilder().setName(name).setType(OnnxMl.AttributeProto.AttributeType.FLOAT)
                .setF((float) value).build();
    }

    static OnnxMl.AttributeProto ints(String name, int... values) {
        OnnxMl.AttributeProto.Builder a = OnnxMl.AttributeProto.newBuilder().setName(name)
                .setType(OnnxMl.AttributeProto.AttributeType.INTS);
        for (int v : values) {
            a.addInts(v);
        }
        return a.build();
    }

    static OnnxMl.AttributeProto strings(String name, String... values) {
        OnnxMl.AttributeProto.Builder a = OnnxMl.AttributeProto.newBuilder().setName(name)
                .setType(OnnxMl.AttributeProto.AttributeType.STRINGS);
        for (String v : values) {
            a.addStrings(ByteString.copyFromUtf8(v));
        }
        return a.build();
    }

    static OnnxMl.ValueInfoProto valueInfo(String name, int... dims) {
        OnnxMl.TensorShapeProto.Builder shape = OnnxMl.TensorShapeProto.newBuilder()
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimParam("batch"));
        for (int d : dims) {
            shape.addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return OnnxMl.ValueInfoProto.newBuilder().setName(name)
                .setType(OnnxMl.TypeProto.newBuilder().setTensorType(OnnxMl.TypeProto.Tensor.newBuilder()
                        .setElemType(OnnxMl.TensorProto.DataType.FLOAT_VALUE).setShape(shape)))
                .build();
    }
}
