package vn.gov.antq.staffing.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
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

/** The regular-police codes with their Vietnamese labels, so clients need not hard-code them. */
@Path("/api/v1/police-code-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Officers")
public class PoliceCodeListResource {

    public record CodeLabel(String code, String labelVi) {
    }

    @GET
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
}
