package vn.gov.antq.commons.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Checks a bearer token's signature once, not on every request: mobile clients and other systems send the same token
 * for its whole life, and the RSA check was a sixth of a request's processor time. A token that verified is kept,
 * under the SHA-256 of its exact text (signature included, so any other token is checked anew), until the earlier of
 * its expiry and {@code quarkus.cache.caffeine."verified-tokens".expire-after-write} (one minute by default: how long
 * a token signed by a key the issuer has since withdrawn may still pass on an instance that had checked it). A token
 * that fails is never kept. Only the parse with the configured verification is cached; the other ways of parsing go
 * straight to smallrye-jwt, whose parser this one stands in for.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    public static final String CACHE = "verified-tokens";

    private static final AtomicLong VERIFICATIONS = new AtomicLong();

    /** smallrye-jwt's own parser with the configured verification, which this one stands in front of. */
    private final DefaultJWTParser delegate;
    private final CaffeineCache verified;

    @Inject
    VerifiedTokenCache(JWTAuthContextInfo verification, @CacheName(CACHE) Cache cache) {
        this.delegate = new DefaultJWTParser(verification);
        this.verified = cache.as(CaffeineCache.class);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        String key = digest(token);
        CompletableFuture<Object> kept = verified.getIfPresent(key);
        if (kept != null) {
            JsonWebToken known = (JsonWebToken) kept.join();
            if (Instant.now().getEpochSecond() < known.getExpirationTime()) {
                return known;
            }
            verified.invalidate(key).await().indefinitely();
        }
        VERIFICATIONS.incrementAndGet();
        JsonWebToken checked = delegate.parse(token);
        verified.put(key, CompletableFuture.completedFuture(checked));
        return checked;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }

    /** How many tokens this JVM verified in full, for tests. */
    static long verifications() {
        return VERIFICATIONS.get();
    }

    private static String digest(String token) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
