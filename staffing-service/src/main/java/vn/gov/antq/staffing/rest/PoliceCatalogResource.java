package vn.gov.antq.staffing.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.staffing.model.Gender;
import vn.gov.antq.staffing.model.PoliceRank;
import vn.gov.antq.staffing.model.PostingPosition;
import vn.gov.antq.staffing.service.NormView;
import vn.gov.antq.staffing.service.StaffingService;

/** The regular-police codes with their Vietnamese labels, and the configured staffing norms, so clients need not hard-code them. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Police units")
public class PoliceCatalogResource {

    public record CodeLabel(String code, String labelVi) {
    }

    @Inject
    StaffingService staffing;

    @GET
    @Path("/police-code-lists")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.PARTNER_SYSTEM,
            Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "listPoliceCodeLists", summary = "Code lists: ranks (junior to senior), genders and posting positions")
    @APIResponse(responseCode = "200", description = "Each list's codes with Vietnamese labels")
    public Map<String, List<CodeLabel>> listPoliceCodeLists() {
        return Map.of(
                "ranks", Arrays.stream(PoliceRank.values()).map(r -> new CodeLabel(r.name(), r.labelVi())).toList(),
                "genders", Arrays.stream(Gender.values()).map(g -> new CodeLabel(g.name(), g.labelVi())).toList(),
                "positions", Arrays.stream(PostingPosition.values()).map(p -> new CodeLabel(p.name(), p.labelVi())).toList());
    }

    @GET
    @Path("/staffing-norms")
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.PARTNER_SYSTEM,
            Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "listStaffingNorms", summary = "The staffing norm of each commune type",
            description = "Configured per deployment (antq.staffing.norms.<xa|phuong|dac-khu>.<chiefs|deputies|officers>); by default 1 "
                    + "chief, at least 1 deputy and at least 3 officers for every type.")
    @APIResponse(responseCode = "200", description = "The norm of xã, phường and đặc khu")
    public List<NormView> listStaffingNorms() {
        return staffing.norms();
    }
}
