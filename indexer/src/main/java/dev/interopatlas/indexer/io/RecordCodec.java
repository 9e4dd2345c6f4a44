package dev.interopatlas.indexer.io;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A compact binary form of records, read and written by their components: int, long, boolean, double, their
 * boxes, String, enums, Optional, List, Set, Map (sorted ones stay sorted) and nested records, any of them null.
 * Strings are written once and then referred to by number.
 *
 * <p>Why not Jackson, which writes the same records as JSON: in a fresh JVM, building Jackson's deserializers
 * for the facts records cost more than reading the facts (7.3's cache: about 0.5 s of a 1.5 s re-index). This
 * needs no per-type set-up beyond {@link Class#getRecordComponents()}.
 *
 * <p>{@link #shape} describes the component names and types of a record and all it contains, so a reader can
 * refuse data written for records that have since changed.
 */
public final class RecordCodec {
    private static final int NULL = 0;
    private static final int PRESENT = 1;

    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();
    private static final Map<RecordComponent, Method> ACCESSORS = new ConcurrentHashMap<>();
    /** {@link RecordComponent#getGenericType()} parses the signature on every call. */
    private static final Map<Class<?>, Type[]> TYPES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private RecordCodec() {
    }

    /** Writes values of one type to a stream, sharing one string table. */
    public static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();

        public Writer(DataOutputStream out) {
            this.out = out;
        }

        /** Writes {@code value}, of the declared {@code type} (a record, or any supported generic type). */
        public void write(Object value, Type type) throws IOException {
            Class<?> raw = rawClass(type);
            if (raw == int.class) {
                writeVarLong(zigZag((Integer) value));
                return;
            } else if (raw == long.class) {
                writeVarLong(zigZag((Long) value));
                return;
            } else if (raw == boolean.class) {
                out.writeBoolean((Boolean) value);
                return;
            } else if (raw == double.class) {
                out.writeDouble((Double) value);
                return;
            }
            if (value == null) {
                out.writeByte(NULL);
                return;
            }
            out.writeByte(PRESENT);
            if (raw == Integer.class) {
                writeVarLong(zigZag((Integer) value));
            } else if (raw == Long.class) {
                writeVarLong(zigZag((Long) value));
            } else if (raw == Boolean.class) {
                out.writeBoolean((Boolean) value);
            } else if (raw == Double.class) {
                out.writeDouble((Double) value);
            } else if (raw == String.class) {
                writeString((String) value);
            } else if (raw.isEnum()) {
                writeVarLong(((Enum<?>) value).ordinal());
            } else if (raw == Optional.class) {
                Optional<?> optional = (Optional<?>) value;
                out.writeBoolean(optional.isPresent());
                if (optional.isPresent()) {
                    write(optional.get(), typeArgument(type, 0));
                }
            } else if (Collection.class.isAssignableFrom(raw)) {
                Collection<?> items = (Collection<?>) value;
                writeVarLong(items.size());
                Type item = typeArgument(type, 0);
                for (Object element : items) {
                    write(element, item);
                }
            } else if (Map.class.isAssignableFrom(raw)) {
                Map<?, ?> map = (Map<?, ?>) value;
                writeVarLong(map.size());
                Type key = typeArgument(type, 0);
                Type val = typeArgument(type, 1);
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    write(entry.getKey(), key);
                    write(entry.getValue(), val);
                }
            } else if (raw.isRecord()) {
                RecordComponent[] parts = components(raw);
                Type[] types = componentTypes(raw);
                for (int i = 0; i < parts.length; i++) {
                    write(accessor(parts[i], value), types[i]);
                }
            } else {
                throw new IOException("cannot encode a " + type.getTypeName());
            }
        }

        private void writeString(String text) throws IOException {
            Integer known = strings.get(text);
            if (known != null) {
                writeVarLong(known + 1L);
                return;
            }
            strings.put(text, strings.size());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            writeVarLong(0);
            writeVarLong(bytes.length);
            out.write(bytes);
        }

        private void writeVarLong(long value) throws IOException {
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                out.writeByte((int) ((rest & 0x7F) | 0x80));
                rest >>>= 7;
            }
            out.writeByte((int) rest);
        }
    }

    /** Reads what a {@link Writer} wrote, in the same order and with the same types. */
    public static final class Reader {
        private final DataInputStream in;
        private final List<String> strings = new ArrayList<>();

        public Reader(DataInputStream in) {
            this.in = in;
        }

        /** Reads a value of the declared {@code type}; damaged data gives an IOException, never a wrong record. */
        public Object read(Type type) throws IOException {
            Class<?> raw = rawClass(type);
            if (raw == int.class) {
                return (int) unZigZag(readVarLong());
            } else if (raw == long.class) {
                return unZigZag(readVarLong());
            } else if (raw == boolean.class) {
                return in.readBoolean();
            } else if (raw == double.class) {
                return in.readDouble();
            }
            int presence = in.readUnsignedByte();
            if (presence == NULL) {
                return null;
            } else if (presence != PRESENT) {
                throw new IOException("bad presence mark " + presence);
            }
            if (raw == Integer.class) {
                return (int) unZigZag(readVarLong());
            } else if (raw == Long.class) {
                return unZigZag(readVarLong());
            } else if (raw == Boolean.class) {
                return in.readBoolean();
            } else if (raw == Double.class) {
                return in.readDouble();
            } else if (raw == String.class) {
                return readString();
            } else if (raw.isEnum()) {
                Object[] constants = raw.getEnumConstants();
                int ordinal = readCount();
                if (ordinal >= constants.length) {
                    throw new IOException("no constant " + ordinal + " in " + raw.getName());
                }
                return constants[ordinal];
            } else if (raw == Optional.class) {
                return in.readBoolean() ? Optional.ofNullable(read(typeArgument(type, 0))) : Optional.empty();
            } else if (Collection.class.isAssignableFrom(raw)) {
                int size = readCount();
                Collection<Object> items = SortedSet.class.isAssignableFrom(raw) ? new TreeSet<>()
                        : Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>(Math.min(size, 1 << 16));
                Type item = typeArgument(type, 0);
                for (int i = 0; i < size; i++) {
                    items.add(read(item));
                }
                return items;
            } else if (Map.class.isAssignableFrom(raw)) {
                int size = readCount();
                Map<Object, Object> map = SortedMap.class.isAssignableFrom(raw) ? new TreeMap<>() : new LinkedHashMap<>();
                Type key = typeArgument(type, 0);
                Type val = typeArgument(type, 1);
                for (int i = 0; i < size; i++) {
                    Object k = read(key);
                    map.put(k, read(val));
                }
                return map;
            } else if (raw.isRecord()) {
                Type[] types = componentTypes(raw);
                Object[] values = new Object[types.length];
                for (int i = 0; i < types.length; i++) {
                    values[i] = read(types[i]);
                }
                return construct(raw, values);
            }
            throw new IOException("cannot decode a " + type.getTypeName());
        }

        private String readString() throws IOException {
            long mark = readVarLong();
            if (mark > 0) {
                if (mark > strings.size()) {
                    throw new IOException("string " + mark + " referred to before it was written");
                }
                return strings.get((int) (mark - 1));
            }
            byte[] bytes = new byte[readCount()];
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            strings.add(text);
            return text;
        }

        private int readCount() throws IOException {
            long count = readVarLong();
            if (count < 0 || count > Integer.MAX_VALUE - 8) {
                throw new IOException("bad count " + count);
            }
            return (int) count;
        }

        private long readVarLong() throws IOException {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = in.read();
                if (b < 0) {
                    throw new EOFException("truncated");
                }
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new IOException("number too long");
        }
    }

    /**
     * The names and types of {@code type}'s components and, recursively, of every record it holds: equal shapes
     * mean data written for one can be read as the other.
     */
    public static String shape(Type type) {
        StringBuilder text = new StringBuilder();
        shape(type, text, new LinkedHashSet<>());
        return text.toString();
    }

    private static void shape(Type type, StringBuilder text, Set<Class<?>> seen) {
        text.append(type.getTypeName());
        Class<?> raw = rawClass(type);
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                text.append('<');
                shape(argument, text, seen);
                text.append('>');
            }
        }
        if (raw.isEnum()) {
            text.append(java.util.Arrays.toString(raw.getEnumConstants()));
        }
        if (raw.isRecord() && seen.add(raw)) {
            text.append('{');
            for (RecordComponent component : components(raw)) {
                text.append(component.getName()).append(':');
                shape(component.getGenericType(), text, seen);
                text.append(';');
            }
            text.append('}');
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + type.getTypeName());
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("raw generic type " + type.getTypeName() + ": the element type is unknown");
    }

    private static RecordComponent[] components(Class<?> record) {
        return COMPONENTS.computeIfAbsent(record, Class::getRecordComponents);
    }

    private static Type[] componentTypes(Class<?> record) {
        return TYPES.computeIfAbsent(record, type -> java.util.Arrays.stream(components(type))
                .map(RecordComponent::getGenericType).toArray(Type[]::new));
    }

    private static Object accessor(RecordComponent component, Object value) throws IOException {
        try {
            return ACCESSORS.computeIfAbsent(component, RecordCodec::accessible).invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IOException("cannot read " + component + ": " + e, e);
        }
    }

    /**
     * The accessor with access checks off: {@link Method#invoke} otherwise walks the stack to find its caller on
     * every call, which was most of the time spent writing 7.3's facts (a hundred thousand records).
     */
    private static Method accessible(RecordComponent component) {
        Method accessor = component.getAccessor();
        accessor.setAccessible(true);
        return accessor;
    }

    private static Object construct(Class<?> record, Object[] values) throws IOException {
        Constructor<?> constructor = CONSTRUCTORS.computeIfAbsent(record, type -> {
            Class<?>[] types = java.util.Arrays.stream(components(type)).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true); // as for the accessors
                return canonical;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record always has its canonical constructor", e);
            }
        });
        try {
            return constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException
                 | IllegalArgumentException e) {
            throw new IOException("cannot build a " + record.getSimpleName() + ": " + e, e);
        }
    }

    private static long zigZag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unZigZag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }
}
