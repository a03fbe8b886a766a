package org.uplift.security.internal;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.nimbusds.jose.jwk.RSAKey;

/**
 * The embedded issuer's signing key, kept in MongoDB so tokens stay valid across restarts and
 * instances. Platform data, not tenant data: the collection is not tenant-owned.
 */
final class SigningKeys {

    private static final String COLLECTION = "platform_signing_keys";
    private static final String ID = "embedded-issuer";

    private SigningKeys() {
    }

    static RSAKey loadOrCreate(MongoTemplate mongo) {
        Document stored = mongo.getCollection(COLLECTION).find(new Document("_id", ID)).first();
        if (stored != null) {
            try {
                return RSAKey.parse(stored.getString("jwk"));
            } catch (ParseException e) {
                throw new IllegalStateException("Stored signing key is unreadable", e);
            }
        }
        RSAKey key = generate();
        try {
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", ID).append("jwk", key.toJSONString()));
            return key;
        } catch (com.mongodb.MongoWriteException raced) {
            return loadOrCreate(mongo);
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
}
