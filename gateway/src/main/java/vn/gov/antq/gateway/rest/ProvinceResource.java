package vn.gov.antq.gateway.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.antq.commons.paging.PageRequest;
import vn.gov.antq.commons.paging.PageResponse;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.gateway.service.ProvinceService;
import vn.gov.antq.gateway.service.ProvinceService.LegacyProvinceView;
import vn.gov.antq.gateway.service.ProvinceService.ProvinceResolutionView;
import vn.gov.antq.gateway.service.ProvinceService.ProvinceView;

@Path("/api/v1")
@RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER,
        Roles.PARTNER_SYSTEM, Roles.TIP_INVESTIGATOR })
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Provinces", description = "Administrative units before and after the 2025-07-01 reform (63 provinces became 34); reference data every role may read")
public class ProvinceResource {

    @Inject
    ProvinceService provinceService;

    @GET
    @Path("/provinces")
    @Operation(operationId = "listProvinces", summary = "The 34 current provinces",
            description = "Each with its type, number of communes, reference population (year and source stated; approximate: the "
                    + "GSO 2024 figures of the merged old provinces, summed) and the pre-reform provinces merged into it. "
                    + "Sort by code, name, communeCount or population.")
    @APIResponse(responseCode = "200", description = "A page of provinces")
    @APIResponse(responseCode = "400", description = "Invalid paging or sort")
    public PageResponse<ProvinceView> listProvinces(@Valid @BeanParam PageRequest page) {
        return provinceService.listCurrent(page);
    }

    @GET
    @Path("/provinces/{code}")
    @Operation(operationId = "getProvince", summary = "One current province")
    @APIResponse(responseCode = "200", description = "The province")
    @APIResponse(responseCode = "404", description = "No current province has this code")
    public ProvinceView getProvince(@Parameter(description = "Two-digit province code", example = "75") @PathParam("code") String code) {
        return provinceService.getCurrent(code);
    }

    @GET
    @Path("/legacy-provinces")
    @Operation(operationId = "listLegacyProvinces", summary = "The 63 provinces in force until 2025-06-30",
            description = "Each with the current province it was merged into.")
    @APIResponse(responseCode = "200", description = "A page of pre-reform provinces")
    @APIResponse(responseCode = "400", description = "Invalid paging or sort")
    public PageResponse<LegacyProvinceView> listLegacyProvinces(@Valid @BeanParam PageRequest page) {
        return provinceService.listLegacy(page);
    }

    @GET
    @Path("/province-resolutions")
    @Operation(operationId = "resolveProvince", summary = "Resolve a reported province code and date to the current province",
            description = "Reports keep the unit they were made for. Before 2025-07-01 the code is looked up among the 63 old "
                    + "provinces, from that date among the 34 current ones. Example: (70, 2022-10-31) is Bình Phước, now part of 75 Đồng Nai.")
    @APIResponse(responseCode = "200", description = "The unit as reported and the current province its figures belong to")
    @APIResponse(responseCode = "400", description = "Missing parameter, malformed date, or no province had that code on that date")
    public ProvinceResolutionView resolveProvince(
            @Parameter(description = "Province code as reported", example = "70") @QueryParam("code") @NotBlank String code,
            @Parameter(description = "Date the figures refer to (ISO-8601)", example = "2022-10-31") @QueryParam("date") @NotNull LocalDate date) {
        return provinceService.resolve(code, date);
    }
}
