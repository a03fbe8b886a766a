package org.uplift.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that encrypts the signing keys' private parts at rest (AES-256-GCM, the key id as
 * associated data, so a sealed key cannot be moved to another document). It never lives in MongoDB:
 * it comes from configuration, or on a loopback-only demo from an owner-only file in the data directory.
 */
final class KeyEncryptionKey {

    static final String FILE_NAME = "signing-key-encryption.key";
    private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKey.class);
    private static final String ALGORITHM = "A256GCM";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final String id;

    private KeyEncryptionKey(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("The key-encryption key must be 256 bits (32 bytes, base64), not "
                    + raw.length * 8);
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.id = fingerprint(raw);
    }

    static KeyEncryptionKey of(String base64) {
        try {
            return new KeyEncryptionKey(Base64.getDecoder().decode(base64.trim()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("uplift.identity.signing.key-encryption-key is not a base64 256-bit key",
                    notBase64);
        }
    }

    /**
     * The configured key; without one, on a server that listens on loopback only (the demo), the key in
     * {@code dataDir}, made at first start. Anywhere else a missing key stops the start.
     */
    static KeyEncryptionKey resolve(SigningKeyProperties settings, Path dataDir, String serverAddress) {
        if (settings.keyEncryptionKeyConfigured()) {
            return of(settings.keyEncryptionKey());
        }
        if (!loopbackOnly(serverAddress)) {
            throw new IllegalStateException("No key-encryption key for the signing keys: set "
                    + "UPLIFT_IDENTITY_KEY_ENCRYPTION_KEY (base64 of 32 random bytes, e.g. `openssl rand -base64 32`); "
                    + "a generated one is used only when the server listens on loopback (server.address=" + serverAddress
                    + ")");
        }
        Path file = dataDir.resolve(FILE_NAME);
        KeyEncryptionKey generated = fromFile(file);
        log.warn("No UPLIFT_IDENTITY_KEY_ENCRYPTION_KEY configured: the signing keys are encrypted with the key in {} "
                + "(owner-only, outside the database). Demo only: configure the key in production.", file.toAbsolutePath());
        return generated;
    }

    private static KeyEncryptionKey fromFile(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                byte[] raw = new byte[32];
                RANDOM.nextBytes(raw);
                try {
                    createOwnerOnly(file);
                    Files.writeString(file, Base64.getEncoder().encodeToString(raw), StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException raced) {
                    // another start made it first: read theirs
                }
            }
            return of(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key-encryption key " + file, e);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
            var handle = file.toFile();
            handle.setReadable(false, false);
            handle.setWritable(false, false);
            handle.setReadable(true, true);
            handle.setWritable(true, true);
        }
    }

    static boolean loopbackOnly(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address.trim()).isLoopbackAddress();
        } catch (UnknownHostException unresolvable) {
            return false;
        }
    }

    /** A short, non-secret name of the key, stored with each ciphertext so a wrong key is named as such. */
    String id() {
        return id;
    }

    Document seal(String plaintext, String associatedData) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return new Document("alg", ALGORITHM).append("kek", id)
                    .append("iv", Base64.getEncoder().encodeToString(iv))
                    .append("ciphertext", Base64.getEncoder().encodeToString(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a signing key", e);
        }
    }

    String open(Document sealed, String associatedData) {
        if (!id.equals(sealed.getString("kek"))) {
            throw new IllegalStateException("The signing key " + associatedData + " was encrypted with key-encryption key "
                    + sealed.getString("kek") + ", not the configured " + id);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, Base64.getDecoder().decode(sealed.getString("iv"))));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(Base64.getDecoder().decode(sealed.getString("ciphertext"))),
                    StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key " + associatedData + " does not decrypt", e);
        }
    }

    private static String fingerprint(byte[] raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
