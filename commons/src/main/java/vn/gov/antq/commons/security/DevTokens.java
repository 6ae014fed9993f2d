package vn.gov.antq.commons.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Key pair and tokens for local runs and tests only. The services never hold a private key and have no endpoint
 * that mints tokens; in production tokens come from the ministry's OIDC provider. Used by
 * {@code deploy/mint-token.sh} and the test support in commons.
 *
 * <pre>
 * DevTokens keygen --dir DIR
 * DevTokens mint --dir DIR --issuer ISS --role ROLE[,ROLE] [--sub S] [--province 75] [--commune 25432] [--ttl PT8H]
 * </pre>
 */
public final class DevTokens {

    public static final String PRIVATE_KEY_FILE = "private.pem";
    public static final String PUBLIC_KEY_FILE = "public.pem";

    private DevTokens() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            usage();
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path dir = Path.of(options.getOrDefault("dir", ".run/jwt"));
        switch (args[0]) {
            case "keygen" -> {
                boolean created = ensureKeyPair(dir);
                System.out.println((created ? "Created " : "Kept ") + dir.resolve(PUBLIC_KEY_FILE));
            }
            case "mint" -> {
                String roles = options.get("role");
                if (roles == null) {
                    usage();
                }
                TokenRequest request = new TokenRequest(options.getOrDefault("sub", "local-" + roles.toLowerCase().replace(',', '-')),
                        List.of(roles.split(",")), options.get("province"), options.get("commune"),
                        options.getOrDefault("issuer", "antq-local"), Instant.now(),
                        Duration.parse(options.getOrDefault("ttl", "PT8H")));
                System.out.println(sign(request, readPrivateKey(dir.resolve(PRIVATE_KEY_FILE))));
            }
            default -> usage();
        }
    }

    /** What a token says; {@code issuedAt} and {@code timeToLive} may put it in the past or the future for tests. */
    public record TokenRequest(String subject, List<String> roles, String province, String commune, String issuer,
            Instant issuedAt, Duration timeToLive) {
    }

    public static String sign(TokenRequest request, PrivateKey key) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(request.issuer());
        claims.setSubject(request.subject());
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(request.issuedAt().getEpochSecond()));
        claims.setNotBefore(NumericDate.fromSeconds(request.issuedAt().getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(request.issuedAt().plus(request.timeToLive()).getEpochSecond()));
        claims.setClaim("upn", request.subject());
        claims.setStringListClaim("groups", new ArrayList<>(request.roles()));
        if (request.province() != null) {
            claims.setClaim(CallerScope.PROVINCE_CLAIM, request.province());
        }
        if (request.commune() != null) {
            claims.setClaim(CallerScope.COMMUNE_CLAIM, request.commune());
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign token", e);
        }
    }

    public static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a new key pair into {@code dir} unless one is there; returns whether it created one. */
    public static boolean ensureKeyPair(Path dir) {
        try {
            if (Files.exists(dir.resolve(PRIVATE_KEY_FILE)) && Files.exists(dir.resolve(PUBLIC_KEY_FILE))) {
                return false;
            }
            Files.createDirectories(dir);
            KeyPair pair = generateKeyPair();
            Path privateKey = dir.resolve(PRIVATE_KEY_FILE);
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(dir.resolve(PUBLIC_KEY_FILE), pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    public static PrivateKey readPrivateKey(Path file) {
        try {
            return parsePrivateKey(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("No private key at " + file + ": run deploy/run-local.sh (or DevTokens keygen) first", e);
        }
    }

    public static PrivateKey parsePrivateKey(String pem) {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a PKCS#8 RSA private key", e);
        }
    }

    private static void usage() {
        System.err.println("""
                usage: DevTokens keygen --dir DIR
                       DevTokens mint --dir DIR --role ROLE[,ROLE] [--sub SUBJECT] [--province CODE] [--commune CODE]
                                      [--issuer ISSUER] [--ttl PT8H]
                roles: MINISTRY_ADMIN MINISTRY_ANALYST PROVINCE_OFFICER COMMUNE_OFFICER PARTNER_SYSTEM TIP_INVESTIGATOR""");
        System.exit(2);
    }
}
