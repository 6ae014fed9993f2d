package vn.gov.antq.commons.communes;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.arc.properties.IfBuildProperty;
import vn.gov.antq.commons.audit.AuditTrail;
import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.security.Roles;

/** The 2025-07-01 reform's old→new commune edges; everyone reads them, the ministry loads the official list. */
@Path("/api/v1/commune-successions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communes")
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class CommuneSuccessionResource {

    @Inject
    CommuneRegistry registry;

    @Inject
    CommuneImportService imports;

    @Inject
    CsvUpload upload;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.PARTNER_SYSTEM,
            Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "listCommuneSuccessions", summary = "Which current communes old communes went into",
            description = "`oldCode`: the current commune(s) an old commune went into (several when it was split, kind PARTIAL)."
                    + " `newCode`: the old communes that went into a current one. Both filters are optional.")
    @APIResponse(responseCode = "200", description = "A page of edges")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<SuccessionView> listCommuneSuccessions(
            @Parameter(description = "Code of an old (pre-reform) commune", example = "00016") @QueryParam("oldCode")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String oldCode,
            @Parameter(description = "Code of a current commune", example = "00004") @QueryParam("newCode")
            @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String newCode,
            @Valid @BeanParam PageRequest page) {
        return registry.successions(oldCode, newCode, page);
    }

    @POST
    @Path("/imports")
    @Consumes(CsvUpload.TEXT_CSV)
    @RolesAllowed(Roles.MINISTRY_ADMIN)
    @Operation(operationId = "importCommuneSuccessions", summary = "Load the official old→new commune edges of the 2025 reform",
            description = "CSV, UTF-8 (a byte-order mark is allowed), header exactly `old_province_code,old_province_name,"
                    + "old_district_code,old_district_name,old_commune_code,old_commune_name,new_province_code,new_province_name,"
                    + "new_commune_code,new_commune_name,kind,note_raw`; kinds full, partial, unchanged, rename_or_retype, no_old_commune."
                    + " Load the current communes first: every edge must lead to a commune of the registry, in the province the old one"
                    + " was merged into. Rows that break a rule are rejected and listed with their line, the others imported; edges"
                    + " missing from the file are kept and counted as absent. Importing the same file again changes nothing. One"
                    + " transaction, one audit event (action IMPORT, resource commune-succession-list).")
    @RequestBody(content = @Content(mediaType = CsvUpload.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "What the import did, with every rejected row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Not a readable list: wrong header, not UTF-8, empty; nothing was stored")
    @APIResponse(responseCode = "413", description = "The file is larger than the request body limit")
    @APIResponse(responseCode = "415", description = "Not text/csv in UTF-8")
    public ImportReport importCommuneSuccessions(@Context HttpHeaders headers, InputStream body) {
        return imports.importSuccessions(upload.read(headers.getMediaType(), body));
    }
}
