package vn.gov.antq.commons.security;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import vn.gov.antq.commons.problem.Problem;

/**
 * The bearer-JWT mechanism of smallrye-jwt, unchanged, except that its 401 challenge carries a problem+json body:
 * routes outside JAX-RS (e.g. {@code /q/metrics}) answer a missing token the same way the API does.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ProblemJwtAuthMechanism implements HttpAuthenticationMechanism {

    @Inject
    JWTAuthMechanism delegate;

    @Inject
    ObjectMapper json;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return delegate.authenticate(context, identityProviderManager);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return delegate.getChallenge(context);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        return getChallenge(context).map(challenge -> {
            if (context.response().ended()) {
                return true;
            }
            Problem problem = SecurityProblemMappers.unauthorizedProblem(context.request());
            try {
                context.response().setStatusCode(challenge.status)
                        .putHeader(HttpHeaders.WWW_AUTHENTICATE, SecurityProblemMappers.CHALLENGE)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return true;
        });
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return delegate.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return delegate.getCredentialTransport(context);
    }
}
