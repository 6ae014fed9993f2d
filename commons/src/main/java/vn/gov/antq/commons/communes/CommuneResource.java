package vn.gov.antq.commons.communes;

import java.io.InputStream;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** The current communes of this service's registry; everyone reads them, the ministry loads the official list. */
@Path("/api/v1/communes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Communes", description = "The 3,321 communes (xã, phường, đặc khu) in force since the 2025-07-01 reform, with their type over time")
@IfBuildProperty(name = AuditTrail.ENABLED_PROPERTY, stringValue = "true", enableIfMissing = true)
public class CommuneResource {

    @Inject
    CommuneRegistry registry;

    @Inject
    CommuneImportService imports;

    @Inject
    CsvUpload upload;

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.PARTNER_SYSTEM,
            Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "listCommunes", summary = "List communes",
            description = "Communes in force on `date` (today by default), with their type on that date. `q` finds words of the name"
                    + " regardless of diacritics (\"ba dinh\" finds \"Phường Ba Đình\") or the code.")
    @APIResponse(responseCode = "200", description = "A page of communes")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public PageResponse<CommuneView> listCommunes(
            @Parameter(description = "Current province code", example = "01") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a two-digit province code") String province,
            @Parameter(description = "Type on `date`") @QueryParam("type") CommuneType type,
            @Parameter(description = "Words of the name (diacritics optional) or the code", example = "ba dinh") @QueryParam("q")
            @Size(max = 100) String text,
            @Parameter(description = "The day the list is for (ISO-8601); today in Vietnam by default", example = "2026-01-15")
            @QueryParam("date") LocalDate date,
            @Valid @BeanParam PageRequest page) {
        return registry.list(new CommuneSearch(province, type, text, date), page);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.PARTNER_SYSTEM,
            Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "getCommune", summary = "One current commune",
            description = "With every type it has had and the old communes (or parts of them) that went into it on 2025-07-01."
                    + " A code that only belonged to an old commune is 404; see the commune successions.")
    @APIResponse(responseCode = "200", description = "The commune")
    @APIResponse(responseCode = "400", description = "Not a five-digit code")
    @APIResponse(responseCode = "404", description = "No current commune has this code")
    public CommuneDetail getCommune(
            @Parameter(example = "07294") @PathParam("code") @Pattern(regexp = "\\d{5}", message = "must be a five-digit commune code") String code,
            @Parameter(description = "The day `type` is given for; today in Vietnam by default", example = "2026-01-15")
            @QueryParam("date") LocalDate date) {
        return registry.get(code, date);
    }

    @POST
    @Path("/imports")
    @Consumes(CsvUpload.TEXT_CSV)
    @RolesAllowed(Roles.MINISTRY_ADMIN)
    @Operation(operationId = "importCommunes", summary = "Load the official list of current communes",
            description = "CSV, UTF-8 (a byte-order mark is allowed), header exactly"
                    + " `commune_code,commune_name,type_2025_07_01,type_2026_09_20,province_code,province_name`; types are xã, phường or"
                    + " đặc khu. New codes are inserted, changed ones updated; rows that break a rule are rejected and listed with their"
                    + " line, the others imported. Communes missing from the file are kept and counted as absent. Importing the same"
                    + " file again changes nothing. One transaction, one audit event (action IMPORT, resource commune-list).")
    @RequestBody(content = @Content(mediaType = CsvUpload.TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
            example = "commune_code,commune_name,type_2025_07_01,type_2026_09_20,province_code,province_name\n07294,Xã Bố Hạ,xã,phường,24,Tỉnh Bắc Ninh\n")))
    @APIResponse(responseCode = "200", description = "What the import did, with every rejected row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Not a readable list: wrong header, not UTF-8, empty; nothing was stored")
    @APIResponse(responseCode = "413", description = "The file is larger than the request body limit")
    @APIResponse(responseCode = "415", description = "Not text/csv in UTF-8")
    public ImportReport importCommunes(@Context HttpHeaders headers, InputStream body) {
        return imports.importCommunes(upload.read(headers.getMediaType(), body));
    }
}
