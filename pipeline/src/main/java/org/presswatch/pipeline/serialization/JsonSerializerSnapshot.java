package org.presswatch.pipeline.serialization;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.util.InstantiationUtil;

/**
 * The configuration of a {@link JsonSerializer} in a checkpoint: the record class. JSON reads
 * back any version of a record whose fields were only added, so restored state stays
 * compatible as long as the class exists.
 */
public final class JsonSerializerSnapshot<T> implements TypeSerializerSnapshot<T> {
    private static final int VERSION = 1;
    private Class<T> type;

    /** For Flink, which instantiates snapshots reflectively before reading them. */
    public JsonSerializerSnapshot() {}

    JsonSerializerSnapshot(Class<T> type) {
        this.type = type;
    }

    @Override
    public int getCurrentVersion() {
        return VERSION;
    }

    @Override
    public void writeSnapshot(DataOutputView out) throws IOException {
        out.writeUTF(type.getName());
    }

    @Override
    public void readSnapshot(int readVersion, DataInputView in, ClassLoader classLoader) throws IOException {
        type = InstantiationUtil.resolveClassByName(in, classLoader);
    }

    @Override
    public TypeSerializer<T> restoreSerializer() {
        return new JsonSerializer<>(type);
    }

    @Override
    public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(TypeSerializerSnapshot<T> oldSnapshot) {
        return oldSnapshot instanceof JsonSerializerSnapshot<T> old && old.type.equals(type)
                ? TypeSerializerSchemaCompatibility.compatibleAsIs()
                : TypeSerializerSchemaCompatibility.incompatible();
    }
}
