package vn.gov.antq.commons.security;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/** A deployed service without a token verification key would reject everyone silently: refuse to start instead. */
@Singleton
public class JwtConfigurationCheck {

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> keyLocation;

    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> inlineKey;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        if (!isSet(keyLocation) && !isSet(inlineKey)) {
            throw new IllegalStateException("No JWT verification key: set ANTQ_JWT_PUBLIC_KEY_LOCATION to a PEM file or the "
                    + "JWKS URL of the ministry's OIDC provider");
        }
        if (!isSet(issuer)) {
            throw new IllegalStateException("No JWT issuer: set ANTQ_JWT_ISSUER to the issuer of the tokens this suite accepts");
        }
    }

    /** smallrye-jwt spells "not configured" as NONE. */
    private static boolean isSet(Optional<String> value) {
        return value.filter(v -> !v.isBlank() && !"NONE".equals(v)).isPresent();
    }
}
