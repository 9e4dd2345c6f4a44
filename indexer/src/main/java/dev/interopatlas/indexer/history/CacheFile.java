package dev.interopatlas.indexer.history;

import dev.interopatlas.indexer.facts.CFileFacts;
import dev.interopatlas.indexer.facts.RustFacts;
import dev.interopatlas.indexer.io.RecordCodec;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The on-disk format of a blob facts cache: a 32-byte header (magic, format version, indexer version, payload
 * length, CRC-32C of the payload) then the payload: the deflated {@link RecordCodec} form of the shape of the
 * facts records and of {@link CachedFacts} (format 1 was gzipped JSON; reading it back cost a fresh JVM more
 * than the facts themselves, docs/decisions/0008). Written to a temporary file in the same directory and
 * atomically moved over the old one, so a crash never leaves a half-written cache under the real name.
 */
final class CacheFile {
    static final byte[] MAGIC = "IAFACTS1".getBytes(StandardCharsets.US_ASCII);
    static final int FORMAT_VERSION = 2;
    static final int HEADER_BYTES = MAGIC.length + 4 + 4 + 8 + 8;

    private static final Type RUST = CachedFacts.class.getRecordComponents()[0].getGenericType();
    private static final Type C = CachedFacts.class.getRecordComponents()[1].getGenericType();
    /** Data written for other facts records (a field added without a new indexer version) is refused. */
    private static final String SHAPE = RecordCodec.shape(RUST) + "\n" + RecordCodec.shape(C);

    /** Why a cache file on disk was not used. */
    static final class Rejected extends Exception {
        Rejected(String reason) {
            super(reason);
        }
    }

    private CacheFile() {
    }

    /** Reads and verifies a cache file; any mismatch or damage is a {@link Rejected} with the reason. */
    static CachedFacts read(Path file, int indexerVersion) throws Rejected, IOException {
        byte[] all = Files.readAllBytes(file);
        if (all.length < HEADER_BYTES) {
            throw new Rejected("truncated (" + all.length + " bytes, header needs " + HEADER_BYTES + ")");
        }
        ByteBuffer header = ByteBuffer.wrap(all, 0, HEADER_BYTES);
        byte[] magic = new byte[MAGIC.length];
        header.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new Rejected("not a facts cache (bad magic)");
        }
        int format = header.getInt();
        int version = header.getInt();
        long length = header.getLong();
        long checksum = header.getLong();
        if (format != FORMAT_VERSION) {
            throw new Rejected("cache format " + format + ", expected " + FORMAT_VERSION);
        }
        if (version != indexerVersion) {
            throw new Rejected("written by indexer version " + version + ", this is version " + indexerVersion);
        }
        if (length != all.length - HEADER_BYTES) {
            throw new Rejected("truncated (payload " + (all.length - HEADER_BYTES) + " of " + length + " bytes)");
        }
        CRC32C crc = new CRC32C();
        crc.update(all, HEADER_BYTES, (int) length);
        if (crc.getValue() != checksum) {
            throw new Rejected("checksum mismatch (corrupt)");
        }
        Inflater inflater = new Inflater();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new InflaterInputStream(
                new ByteArrayInputStream(all, HEADER_BYTES, (int) length), inflater, 1 << 16), 1 << 16))) {
            RecordCodec.Reader reader = new RecordCodec.Reader(in);
            if (!SHAPE.equals(reader.read(String.class))) {
                throw new Rejected("written for facts records of another shape");
            }
            @SuppressWarnings("unchecked")
            Map<String, RustFacts> rust = (Map<String, RustFacts>) reader.read(RUST);
            @SuppressWarnings("unchecked")
            Map<String, CFileFacts> c = (Map<String, CFileFacts>) reader.read(C);
            if (rust == null || c == null || in.read() >= 0) {
                throw new Rejected("unexpected payload");
            }
            return new CachedFacts(rust, c);
        } catch (IOException | RuntimeException e) {
            throw new Rejected("unreadable payload: " + e.getMessage());
        } finally {
            inflater.end();
        }
    }

    /**
     * Writes {@code facts} atomically over {@code file}.
     *
     * @param decorator wraps the temporary file's stream (tests use it to fail mid-write)
     */
    static void write(Path file, CachedFacts facts, int indexerVersion, UnaryOperator<OutputStream> decorator)
            throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(1 << 20);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DeflaterOutputStream(payload,
                deflater, 1 << 16), 1 << 16))) {
            RecordCodec.Writer writer = new RecordCodec.Writer(out);
            writer.write(SHAPE, String.class);
            writer.write(facts.rust(), RUST);
            writer.write(facts.c(), C);
        } finally {
            deflater.end();
        }
        byte[] bytes = payload.toByteArray();
        CRC32C crc = new CRC32C();
        crc.update(bytes);

        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString() + ".", ".tmp");
        boolean moved = false;
        try {
            try (OutputStream raw = decorator.apply(Files.newOutputStream(temp, StandardOpenOption.WRITE));
                 DataOutputStream out = new DataOutputStream(raw)) {
                out.write(MAGIC);
                out.writeInt(FORMAT_VERSION);
                out.writeInt(indexerVersion);
                out.writeLong(bytes.length);
                out.writeLong(crc.getValue());
                out.write(bytes);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
