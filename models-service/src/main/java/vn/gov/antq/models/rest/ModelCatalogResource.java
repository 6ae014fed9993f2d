package vn.gov.antq.models.rest;

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
import vn.gov.antq.models.model.FocusTopic;
import vn.gov.antq.models.model.Labelled;
import vn.gov.antq.models.model.LeadOrganisation;
import vn.gov.antq.models.model.ModelSetting;
import vn.gov.antq.models.model.ModelStatus;
import vn.gov.antq.models.model.PlaceKind;
import vn.gov.antq.models.model.RecognitionResult;
import vn.gov.antq.models.model.ReviewKind;
import vn.gov.antq.models.model.ReviewRating;
import vn.gov.antq.models.model.SafeUnitKind;

/** The codes this service uses, with their Vietnamese labels, so clients need not hard-code them. */
@Path("/api/v1/model-code-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Model types")
public class ModelCatalogResource {

    public record CodeLabel(String code, String labelVi) {
    }

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.PARTNER_SYSTEM,
            Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "listModelCodeLists", summary = "Code lists: settings, focus topics, lead organisations, statuses, review kinds and ratings, place kinds, safe-unit kinds and recognition results")
    @APIResponse(responseCode = "200", description = "Each list's codes with Vietnamese labels")
    public Map<String, List<CodeLabel>> listModelCodeLists() {
        return Map.of(
                "settings", codes(ModelSetting.values()),
                "focusTopics", codes(FocusTopic.values()),
                "leadOrganisations", codes(LeadOrganisation.values()),
                "statuses", codes(ModelStatus.values()),
                "reviewKinds", codes(ReviewKind.values()),
                "reviewRatings", codes(ReviewRating.values()),
                "placeKinds", codes(PlaceKind.values()),
                "safeUnitKinds", codes(SafeUnitKind.values()),
                "recognitionResults", codes(RecognitionResult.values()));
    }

    private static List<CodeLabel> codes(Labelled[] values) {
        return Arrays.stream(values).map(v -> new CodeLabel(v.name(), v.labelVi())).toList();
    }
}
