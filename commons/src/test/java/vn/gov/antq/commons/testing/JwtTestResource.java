package vn.gov.antq.commons.testing;

import java.security.KeyPair;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.gov.antq.commons.security.DevTokens;

/**
 * A key pair made for this test JVM: the app under test verifies with its public key, {@link TestTokens} signs with
 * the private one. No key is committed anywhere. The private key travels in a system property because test resources
 * and test classes are loaded by different class loaders.
 */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    static final String PRIVATE_KEY_PROPERTY = "antq.test.jwt.private-key";
    static final String PUBLIC_KEY_PROPERTY = "antq.test.jwt.public-key";
    public static final String ISSUER = "https://sso.test.antq/realms/antq";

    @Override
    public Map<String, String> start() {
        synchronized (System.class) {
            if (System.getProperty(PRIVATE_KEY_PROPERTY) == null) {
                KeyPair pair = DevTokens.generateKeyPair();
                System.setProperty(PUBLIC_KEY_PROPERTY, DevTokens.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                System.setProperty(PRIVATE_KEY_PROPERTY, DevTokens.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            }
        }
        return Map.of(
                "mp.jwt.verify.publickey", System.getProperty(PUBLIC_KEY_PROPERTY),
                "mp.jwt.verify.publickey.location", "NONE",
                "mp.jwt.verify.issuer", ISSUER);
    }

    @Override
    public void stop() {
        // The key pair lives as long as the JVM: several app restarts in one run share it.
    }
}
