package vn.gov.antq.commons.problem;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A resource that exists only in tests, to provoke every kind of error the mappers must turn into problem+json. */
@Path("/test-probe")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public enum Kind {
        MEETING, RALLY
    }

    public record Item(@NotBlank String name, @Min(0) int count) {
    }

    public record Body(@NotBlank String title, @NotNull @Min(1) @Max(100) Integer participants, @NotNull LocalDate heldOn,
            Kind kind, @Valid @Size(max = 3) List<Item> items) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Body echo(@Valid @NotNull Body body) {
        return body;
    }

    @GET
    @Path("/count")
    public int count(@QueryParam("limit") @Min(1) @Max(10) int limit) {
        return limit;
    }

    @GET
    @Path("/conflict")
    public String conflict() {
        throw ProblemException.conflict("The record was changed by someone else");
    }

    @Inject
    EntityManager entityManager;

    /** A statement PostgreSQL cancels for running past its statement_timeout, as it would a runaway query. */
    @GET
    @Path("/slow-statement")
    @Transactional
    public String slowStatement() {
        entityManager.createNativeQuery("set local statement_timeout = '50ms'").executeUpdate();
        return String.valueOf(entityManager.createNativeQuery("select pg_sleep(5)").getSingleResult());
    }

    @GET
    @Path("/database-time")
    @Transactional
    public String databaseTime() {
        return String.valueOf(entityManager.createNativeQuery("select now()").getSingleResult());
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("relation \"secret_table\" does not exist at org.example.Internal");
    }
}
