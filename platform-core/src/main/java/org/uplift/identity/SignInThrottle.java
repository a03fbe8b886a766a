package org.uplift.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Decides, before a password is checked, whether the attempt may be evaluated at all. Each attempt
 * is counted first, by one atomic increment that returns the new count, and the decision is taken
 * on that count: of any number of parallel attempts only as many as the limit allows are evaluated.
 * A successful sign-in gives its own attempt back.
 * <p>
 * Three limits (see {@link LockoutProperties}): per account and client address (strict: an attacker
 * locks only himself out, not the owner elsewhere); per client address over all accounts (one
 * address cannot spray many accounts); per account over all addresses it has not signed in from
 * recently (a distributed attack is slowed, while the owner, at an address he signed in from before,
 * is not locked out by it). Unknown usernames are counted exactly like known ones, so the answer
 * never tells which e-mail addresses have an account.
 */
@Service
@EnableConfigurationProperties(LockoutProperties.class)
public class SignInThrottle {

    private final MongoTemplate mongo;
    private final LockoutProperties limits;
    private final Clock clock;

    SignInThrottle(MongoTemplate mongo, LockoutProperties limits, Clock clock) {
        this.mongo = mongo;
        this.limits = limits;
        this.clock = clock;
    }

    /** Counts an attempt; false means refuse it without looking at the password. */
    public boolean admit(String username, String clientAddress) {
        Instant now = clock.instant();
        String user = key(username);
        String address = String.valueOf(clientAddress);
        if (count("address", address, now) > limits.addressMaxFailures()) {
            return false;
        }
        if (count("pair", user + "\n" + address, now) > limits.maxFailures()) {
            return false;
        }
        return trusted(user, address, now) || count("account", user, now) <= limits.accountMaxFailures();
    }

    /** The attempt was the owner's: it no longer counts, and the address escapes the per-account limit. */
    public void succeeded(String username, String clientAddress) {
        Instant now = clock.instant();
        String user = key(username);
        String address = String.valueOf(clientAddress);
        String pair = user + "\n" + address;
        mongo.remove(Query.query(Criteria.where("_id").in(id("pair", pair, bucket(now)),
                id("pair", pair, bucket(now) - 1))), SignInAttempts.class);
        giveBack(id("address", address, bucket(now)));
        if (!trusted(user, address, now)) {
            giveBack(id("account", user, bucket(now)));
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(id("trusted", pair, 0))),
                new Update().set("expiresAt", now.plus(limits.trustAddressFor())), SignInAttempts.class);
    }

    private int count(String kind, String key, Instant now) {
        long bucket = bucket(now);
        String current = id(kind, key, bucket);
        var increment = new Update().inc("count", 1)
                .setOnInsert("expiresAt", windowStart(bucket + 2));
        var options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        SignInAttempts counted;
        try {
            counted = mongo.findAndModify(Query.query(Criteria.where("_id").is(current)), increment, options,
                    SignInAttempts.class);
        } catch (DuplicateKeyException bothInserted) {
            // Two first attempts of a window raced to create the counter; the loser increments it now.
            counted = mongo.findAndModify(Query.query(Criteria.where("_id").is(current)), increment, options,
                    SignInAttempts.class);
        }
        SignInAttempts previous = mongo.findById(id(kind, key, bucket - 1), SignInAttempts.class);
        return counted.getCount() + (previous == null ? 0 : previous.getCount());
    }

    private void giveBack(String id) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("count").gt(0)), new Update().inc("count", -1),
                SignInAttempts.class);
    }

    private boolean trusted(String user, String address, Instant now) {
        SignInAttempts trusted = mongo.findById(id("trusted", user + "\n" + address, 0), SignInAttempts.class);
        return trusted != null && now.isBefore(trusted.getExpiresAt());
    }

    private long bucket(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), limits.window().toSeconds());
    }

    private Instant windowStart(long bucket) {
        return Instant.ofEpochSecond(bucket * limits.window().toSeconds());
    }

    private static String key(String username) {
        String normalised = UserAccount.normalise(username);
        return normalised == null ? "" : normalised;
    }

    private static String id(String kind, String key, long bucket) {
        return kind + ":" + SecretTokens.sha256(kind + "\n" + key) + ":" + bucket;
    }
}
