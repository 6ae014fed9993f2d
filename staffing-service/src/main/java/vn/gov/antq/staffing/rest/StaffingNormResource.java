package vn.gov.antq.staffing.rest;

import java.util.List;

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
import vn.gov.antq.staffing.service.NormView;
import vn.gov.antq.staffing.service.StaffingService;

/** The configured staffing norms, which the staffing figures are judged against. */
@Path("/api/v1/staffing-norms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Police units")
public class StaffingNormResource {

    @Inject
    StaffingService staffing;

    @GET
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
