package vn.gov.antq.commons.communes;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.arc.properties.IfBuildProperty;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.security.Roles;

/** The check every record's commune goes through ({@link CommuneRegistry#requireCommune}), for clients to run first. */
@Path("/api/v1/commune-resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communes")
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class CommuneResolutionResource {

    @Inject
    CommuneRegistry registry;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.PARTNER_SYSTEM,
            Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "resolveCommune", summary = "What a commune code reported for a date means today",
            description = "Before 2025-07-01 the code is read as an old commune's and resolved to the current commune(s) it went into;"
                    + " from then on as a current commune in force on that date. With `province`, the commune must be in that current"
                    + " province. Answers 400 exactly when a record with this commune, province and date would be refused.")
    @APIResponse(responseCode = "200", description = "The unit on that date and its current commune(s)")
    @APIResponse(responseCode = "400", description = "Unknown code on that date, or not in that province")
    public CommuneResolution resolveCommune(
            @Parameter(description = "Commune code as reported", example = "00016") @QueryParam("code") @NotNull
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String code,
            @Parameter(description = "Date the record is for (ISO-8601)", example = "2024-05-10") @QueryParam("date") @NotNull LocalDate date,
            @Parameter(description = "Current province the record is in", example = "01") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province) {
        return registry.requireCommune("code", code, province, date);
    }
}
