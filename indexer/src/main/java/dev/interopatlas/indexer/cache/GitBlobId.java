package dev.interopatlas.indexer.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The id git gives a file's content: SHA-1 of {@code "blob <length>\0"} and the bytes. A working tree's file and
 * the same file in a release tag have the same id, so their facts share one cache key.
 */
public final class GitBlobId {
    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is always available", e);
        }
    });

    private GitBlobId() {
    }

    /** The 40-digit lowercase hex id, as {@code git hash-object} prints it. */
    public static String of(byte[] content) {
        MessageDigest sha1 = SHA1.get();
        sha1.reset();
        sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
        sha1.update(content);
        return HexFormat.of().formatHex(sha1.digest());
    }
}
