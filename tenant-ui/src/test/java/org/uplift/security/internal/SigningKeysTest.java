package org.uplift.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.uplift.MovableClock;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** The issuer's signing keys at rest (sealed) and over time (rotated, published until their tokens expired). */
class SigningKeysTest {

    private static final SigningKeyProperties SETTINGS = new SigningKeyProperties(null, Duration.ofDays(30),
            Duration.ofMinutes(1), Duration.ofMinutes(10));

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final KeyEncryptionKey encryption = KeyEncryptionKey.of(randomKey());
    private final String collection = "keys_" + UUID.randomUUID().toString().replace("-", "");
    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void startMongo() {
        server = new MongoServer(H2Backend.inMemory());
        java.net.InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(client, "keys");
    }

    @AfterEach
    void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void the_stored_key_has_no_private_key_material_in_clear() {
        var keys = keys();
        RSAKey signing = keys.signingKey();

        Document stored = stored().find().first();
        String json = stored.toJson();
        assertThat(json).doesNotContain(signing.getPrivateExponent().toString())
                .doesNotContain(signing.getFirstPrimeFactor().toString())
                .doesNotContain(signing.getSecondPrimeFactor().toString());
        assertThat(rsaKey(stored.getString("publicJwk")).isPrivate()).isFalse();
        assertThat(stored.get("privateJwk", Document.class).getString("alg")).isEqualTo("A256GCM");
        assertThat(stored.getString("kid")).isEqualTo(signing.getKeyID());
        assertThat(stored.getString("state")).isEqualTo("ACTIVE");
    }

    @Test
    void a_key_stored_in_clear_by_an_older_version_is_sealed_in_place_and_keeps_signing() throws Exception {
        RSAKey legacy = new RSAKeyGenerator(2048).keyID("legacy-kid").generate();
        stored().insertOne(new Document("_id", SigningKeys.LEGACY_ID).append("jwk", legacy.toJSONString()));

        var keys = keys();

        Document sealed = stored().find(new Document("_id", SigningKeys.LEGACY_ID)).first();
        assertThat(sealed.containsKey("jwk")).isFalse();
        assertThat(sealed.toJson()).doesNotContain(legacy.getPrivateExponent().toString());
        assertThat(keys.signingKey().getKeyID()).isEqualTo("legacy-kid");
        assertThat(keys.signingKey().getPrivateExponent()).isEqualTo(legacy.getPrivateExponent());
        assertThat(stored().countDocuments()).isEqualTo(1);
    }

    @Test
    void a_sealed_key_does_not_open_with_another_key_encryption_key() {
        keys();
        var otherKek = KeyEncryptionKey.of(randomKey());

        assertThatThrownBy(() -> new SigningKeys(mongo, collection, otherKek, SETTINGS, clock))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("key-encryption key");
    }

    @Test
    void a_token_signed_before_rotation_verifies_after_it_until_its_lifetime_passed_then_the_old_key_is_dropped() {
        var keys = keys();
        clock.advance(Duration.ofDays(30).minusMinutes(1));
        String oldKid = keys.signingKey().getKeyID();
        Jwt token = sign(keys, Duration.ofMinutes(30));

        clock.advance(Duration.ofMinutes(2)); // past rotate-after and past the refresh interval
        String newKid = keys.signingKey().getKeyID();

        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(kids(keys.published())).containsExactlyInAnyOrder(oldKid, newKid);
        assertThat(decoder(keys).decode(token.getTokenValue()).getId()).isEqualTo(token.getId());
        assertThat(kidOf(sign(keys, Duration.ofMinutes(10)))).isEqualTo(newKid);

        clock.advance(Duration.ofMinutes(27)); // the token's last minute: still verified
        assertThat(decoder(keys).decode(token.getTokenValue()).getId()).isEqualTo(token.getId());
        assertThat(kids(keys.published())).contains(oldKid);

        clock.advance(keys.keepRetiredFor()); // every token the old key signed has expired
        assertThat(kids(keys.published())).containsExactly(newKid);
        assertThat(stored().countDocuments(new Document("kid", oldKid))).isZero();
        assertThatThrownBy(() -> decoderWithoutTimeCheck(keys).decode(token.getTokenValue()))
                .isInstanceOf(BadJwtException.class);
    }

    @Test
    void a_token_past_its_lifetime_is_refused_even_while_its_key_is_still_published() {
        var keys = keys();
        Jwt token = sign(keys, Duration.ofMinutes(10));

        clock.advance(Duration.ofMinutes(11));

        assertThat(kids(keys.published())).contains(kidOf(token));
        assertThatThrownBy(() -> decoder(keys).decode(token.getTokenValue())).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void two_instances_due_for_rotation_at_once_make_one_new_key() {
        var first = keys();
        var second = keys();
        clock.advance(Duration.ofDays(31));

        String byFirst = first.refresh().signing().getKeyID();
        String bySecond = second.refresh().signing().getKeyID();

        assertThat(bySecond).isEqualTo(byFirst);
        assertThat(stored().countDocuments()).isEqualTo(2);
        assertThat(stored().countDocuments(new Document("state", "ACTIVE"))).isEqualTo(1);
    }

    @Test
    void an_instance_learns_a_key_a_peer_made_when_a_token_names_it() {
        var first = keys();
        var second = keys();
        clock.advance(Duration.ofDays(30).minusSeconds(5));
        String before = first.refresh().signing().getKeyID(); // first read the keys just before rotation was due
        clock.advance(Duration.ofSeconds(10));
        Jwt byPeer = sign(second, Duration.ofMinutes(10)); // the peer rotates and signs with the new key

        assertThat(kidOf(byPeer)).isNotEqualTo(before);
        assertThat(decoder(first).decode(byPeer.getTokenValue()).getId()).isEqualTo(byPeer.getId());
    }

    @Test
    void without_a_configured_key_a_loopback_demo_keeps_a_generated_one_in_an_owner_only_file(@TempDir Path dataDir)
            throws Exception {
        var first = KeyEncryptionKey.resolve(SETTINGS, dataDir, "127.0.0.1");
        var again = KeyEncryptionKey.resolve(SETTINGS, dataDir, "127.0.0.1");

        Path file = dataDir.resolve(KeyEncryptionKey.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(again.id()).isEqualTo(first.id());
    }

    @Test
    void without_a_configured_key_a_server_reachable_from_other_hosts_does_not_start(@TempDir Path dataDir) {
        assertThatThrownBy(() -> KeyEncryptionKey.resolve(SETTINGS, dataDir, "0.0.0.0"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("UPLIFT_IDENTITY_KEY_ENCRYPTION_KEY");
        assertThat(Files.exists(dataDir.resolve(KeyEncryptionKey.FILE_NAME))).isFalse();
    }

    @Test
    void a_configured_key_must_be_256_bits() {
        assertThatThrownBy(() -> KeyEncryptionKey.of(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalArgumentException.class);
        var configured = new SigningKeyProperties(randomKey(), Duration.ofDays(30), Duration.ofMinutes(1),
                Duration.ofMinutes(10));
        assertThat(KeyEncryptionKey.resolve(configured, Path.of("unused"), "0.0.0.0").id())
                .isEqualTo(KeyEncryptionKey.of(configured.keyEncryptionKey()).id());
    }

    private SigningKeys keys() {
        return new SigningKeys(mongo, collection, encryption, SETTINGS, clock);
    }

    private MongoCollection<Document> stored() {
        return mongo.getCollection(collection);
    }

    private Jwt sign(SigningKeys keys, Duration lifetime) {
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signingKey())));
        Instant now = clock.instant();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                JwtClaimsSet.builder().id(UUID.randomUUID().toString()).subject("client").issuedAt(now)
                        .expiresAt(now.plus(lifetime)).build()));
    }

    private NimbusJwtDecoder decoder(SigningKeys keys) {
        var decoder = decoderWithoutTimeCheck(keys);
        var timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        decoder.setJwtValidator(timestamps);
        return decoder;
    }

    private static NimbusJwtDecoder decoderWithoutTimeCheck(SigningKeys keys) {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys.jwkSource()));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        var decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(jwt -> org.springframework.security.oauth2.core.OAuth2TokenValidatorResult.success());
        return decoder;
    }

    private static String kidOf(Jwt token) {
        return (String) token.getHeaders().get("kid");
    }

    private static List<String> kids(JWKSet set) {
        return set.getKeys().stream().map(JWK::getKeyID).toList();
    }

    private static RSAKey rsaKey(String json) {
        try {
            return RSAKey.parse(json);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomKey() {
        byte[] raw = new byte[32];
        new java.security.SecureRandom().nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }
}
