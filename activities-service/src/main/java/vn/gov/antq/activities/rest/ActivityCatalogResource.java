package vn.gov.antq.activities.rest;

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

import vn.gov.antq.activities.model.ActivityForm;
import vn.gov.antq.activities.model.ActivityLanguage;
import vn.gov.antq.activities.model.ActivityOrganiser;
import vn.gov.antq.activities.model.ActivityTopic;
import vn.gov.antq.activities.model.Labelled;
import vn.gov.antq.commons.security.Roles;

/** The codes of propaganda activities, with their Vietnamese labels, so clients need not hard-code them. */
@Path("/api/v1/activity-code-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Propaganda activities")
public class ActivityCatalogResource {

    public record CodeLabel(String code, String labelVi) {
    }

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.PARTNER_SYSTEM,
            Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "listActivityCodeLists", summary = "Code lists: activity forms, topics, organisers and languages")
    @APIResponse(responseCode = "200", description = "Each list's codes with Vietnamese labels")
    public Map<String, List<CodeLabel>> listActivityCodeLists() {
        return Map.of(
                "forms", codes(ActivityForm.values()),
                "topics", codes(ActivityTopic.values()),
                "organisers", codes(ActivityOrganiser.values()),
                "languages", codes(ActivityLanguage.values()));
    }

    private static List<CodeLabel> codes(Labelled[] values) {
        return Arrays.stream(values).map(v -> new CodeLabel(v.name(), v.labelVi())).toList();
    }
}
