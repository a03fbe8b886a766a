package org.uplift.security.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The embedded issuer's signing keys, kept in MongoDB so tokens stay valid across restarts and
 * instances. Platform data, not tenant data: the collection is not tenant-owned.
 * <p>
 * Each key has a kid, a generation, its creation time and a state (ACTIVE, the newest, signs; RETIRED
 * only verifies). The private part is stored sealed with the {@link KeyEncryptionKey}, never in clear.
 * The newest key signs; {@code rotate-after} it was created the next one is inserted with the next
 * generation, which a unique index makes happen once however many instances try. A retired key stays
 * in the JWKS until every token it can have signed expired: the longest token lifetime, plus the time
 * an instance may still have signed with it before re-reading the keys, plus a margin; then it is
 * deleted. A key stored in clear by an older version is sealed in place at start.
 */
final class SigningKeys {

    static final String COLLECTION = "platform_signing_keys";
    /** ID tokens (30 minutes) outlive access tokens (10 minutes); see UpliftRegisteredClients. */
    static final Duration LONGEST_TOKEN_LIFETIME = Duration.ofMinutes(30);
    static final String LEGACY_ID = "embedded-issuer";
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final String ACTIVE = "ACTIVE";
    private static final String RETIRED = "RETIRED";
    /** How often an unknown kid (a key a peer just made) may force a re-read. */
    private static final Duration UNKNOWN_KID_RELOAD = Duration.ofSeconds(5);

    private final MongoCollection<Document> keys;
    private final KeyEncryptionKey encryption;
    private final SigningKeyProperties settings;
    private final Clock clock;
    private volatile Loaded loaded;

    SigningKeys(MongoTemplate mongo, String collection, KeyEncryptionKey encryption, SigningKeyProperties settings,
            Clock clock) {
        this.keys = mongo.getCollection(collection);
        this.encryption = encryption;
        this.settings = settings;
        this.clock = clock;
        keys.createIndex(Indexes.ascending("generation"), new IndexOptions().unique(true).name("generation_unique"));
        // retiring the active keys below the newest, dropping retired ones: a handful of keys, but every query
        // the platform sends is covered (issue 10)
        keys.createIndex(Indexes.ascending("state", "generation"), new IndexOptions().name("state_generation"));
        keys.createIndex(Indexes.ascending("state", "retiredAt"), new IndexOptions().name("state_retired"));
        refresh();
    }

    /** The private key tokens are signed with now: the newest. */
    RSAKey signingKey() {
        return current().signing();
    }

    /** The public keys tokens are verified with: the newest and those retired too recently to drop. */
    JWKSet published() {
        return current().published();
    }

    /** For the JWKS endpoint and the API's decoder; a kid it does not know makes it re-read (at most every 5 s). */
    JWKSource<SecurityContext> jwkSource() {
        return (selector, context) -> {
            Loaded now = current();
            List<JWK> found = selector.select(now.published());
            if (found.isEmpty() && asksForKid(selector)
                    && !clock.instant().isBefore(now.loadedAt().plus(UNKNOWN_KID_RELOAD))) {
                found = selector.select(refresh().published());
            }
            return found;
        };
    }

    private static boolean asksForKid(JWKSelector selector) {
        return selector.getMatcher().getKeyIDs() != null && !selector.getMatcher().getKeyIDs().isEmpty();
    }

    private Loaded current() {
        Loaded now = loaded;
        if (now == null || !clock.instant().isBefore(now.loadedAt().plus(settings.refreshEvery()))) {
            return refresh();
        }
        return now;
    }

    /** Migrates, rotates when due, retires and drops, then reads the keys. */
    synchronized Loaded refresh() {
        Instant now = clock.instant();
        sealLegacyKey(now);
        List<Document> stored = readAll();
        if (stored.isEmpty() || rotationDue(stored.get(0), now)) {
            long generation = stored.isEmpty() ? 1 : generation(stored.get(0)) + 1;
            insertNew(generation, now);
            stored = readAll();
        }
        Document newest = stored.get(0);
        keys.updateMany(and(lt("generation", generation(newest)), eq("state", ACTIVE)),
                combine(set("state", RETIRED), set("retiredAt", newest.getDate("createdAt"))));
        Instant dropUpTo = now.minus(keepRetiredFor());
        long dropped = keys.deleteMany(and(eq("state", RETIRED), lte("retiredAt", Date.from(dropUpTo))))
                .getDeletedCount();
        if (dropped > 0) {
            log.info("Dropped {} retired signing key(s): every token they signed has expired", dropped);
        }
        stored = readAll();
        var published = new ArrayList<JWK>();
        for (Document key : stored) {
            published.add(publicKey(key));
        }
        Loaded fresh = new Loaded(privateKey(stored.get(0)), new JWKSet(published), now);
        loaded = fresh;
        return fresh;
    }

    /** How long a retired key keeps being published. */
    Duration keepRetiredFor() {
        return LONGEST_TOKEN_LIFETIME.plus(settings.refreshEvery()).plus(settings.margin());
    }

    private boolean rotationDue(Document newest, Instant now) {
        return !now.isBefore(newest.getDate("createdAt").toInstant().plus(settings.rotateAfter()));
    }

    private List<Document> readAll() {
        return keys.find(exists("generation")).sort(Sorts.descending("generation")).into(new ArrayList<>());
    }

    private void insertNew(long generation, Instant now) {
        RSAKey key = generate();
        try {
            var document = new Document("_id", key.getKeyID());
            document.putAll(fields(key, generation, now));
            keys.insertOne(document);
            log.info("New signing key {} (generation {})", key.getKeyID(), generation);
        } catch (MongoWriteException raced) {
            if (raced.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw raced;
            }
            // another instance rotated at the same time: its key is the newest
        }
    }

    /** An older version stored the whole JWK, private part included, under one fixed id: seal it in place. */
    private void sealLegacyKey(Instant now) {
        Document legacy = keys.find(and(eq("_id", LEGACY_ID), exists("jwk"))).first();
        if (legacy == null) {
            return;
        }
        try {
            RSAKey key = RSAKey.parse(legacy.getString("jwk"));
            long generation = readAll().stream().findFirst().map(SigningKeys::generation).orElse(0L) + 1;
            var update = new ArrayList<Bson>();
            fields(key, generation, now).forEach((name, value) -> update.add(set(name, value)));
            update.add(unset("jwk"));
            keys.updateOne(and(eq("_id", LEGACY_ID), exists("jwk")), combine(update));
            log.info("Signing key {} was stored in clear: sealed in place", key.getKeyID());
        } catch (ParseException e) {
            throw new IllegalStateException("Stored signing key is unreadable", e);
        } catch (MongoWriteException raced) {
            if (raced.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw raced;
            }
        }
    }

    private Document fields(RSAKey key, long generation, Instant now) {
        return new Document("kid", key.getKeyID())
                .append("generation", generation)
                .append("createdAt", Date.from(now))
                .append("state", ACTIVE)
                .append("publicJwk", key.toPublicJWK().toJSONString())
                .append("privateJwk", encryption.seal(key.toJSONString(), key.getKeyID()));
    }

    private static long generation(Document key) {
        return ((Number) key.get("generation")).longValue();
    }

    private static JWK publicKey(Document key) {
        try {
            return RSAKey.parse(key.getString("publicJwk"));
        } catch (ParseException e) {
            throw new IllegalStateException("Stored signing key " + key.get("kid") + " is unreadable", e);
        }
    }

    private RSAKey privateKey(Document key) {
        String kid = key.getString("kid");
        try {
            return RSAKey.parse(encryption.open(key.get("privateJwk", Document.class), kid));
        } catch (ParseException e) {
            throw new IllegalStateException("Stored signing key " + kid + " is unreadable", e);
        }
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Loaded(RSAKey signing, JWKSet published, Instant loadedAt) {
    }
}
