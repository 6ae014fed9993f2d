package vn.gov.antq.activities.rest;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.gov.antq.activities.model.ActivityForm;
import vn.gov.antq.activities.model.ActivityLanguage;
import vn.gov.antq.activities.model.ActivityOrganiser;
import vn.gov.antq.activities.model.ActivityTopic;
import vn.gov.antq.activities.model.HandoverSource;
import vn.gov.antq.activities.model.Labelled;
import vn.gov.antq.activities.model.TipCategory;
import vn.gov.antq.activities.model.TipChannel;
import vn.gov.antq.activities.model.TipStatus;
import vn.gov.antq.activities.model.WeaponCategory;
import vn.gov.antq.commons.security.Roles;

/** The codes of this service's records, with their Vietnamese labels, so clients need not hard-code them. */
@Path("/api/v1/activity-code-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Propaganda activities")
public class ActivityCatalogResource {

    public record CodeLabel(String code, String labelVi) {
    }

    /** A handover category with its fixed unit; {@code figure} names its quantity in tallies and statistics. */
    @Schema(name = "WeaponCategoryLabel")
    public record CategoryLabel(@Schema(examples = "ROUNDS") String code, @Schema(examples = "Đạn các loại") String labelVi,
            @Schema(description = "PIECE (whole numbers) or KILOGRAM (up to 3 decimals)", examples = "PIECE") String unit,
            @Schema(description = "The Vietnamese unit or classifier", examples = "viên") String unitLabelVi,
            @Schema(examples = "rounds") String figure) {
    }

    @Schema(name = "ActivityCodeLists")
    public record CodeLists(List<CodeLabel> forms, List<CodeLabel> topics, List<CodeLabel> organisers, List<CodeLabel> languages,
            List<CodeLabel> handoverSources, List<CategoryLabel> weaponCategories, List<CodeLabel> tipChannels, List<CodeLabel> tipCategories,
            List<CodeLabel> tipStatuses) {
    }

    @GET
    @RolesAllowed({ Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.PARTNER_SYSTEM,
            Roles.TIP_INVESTIGATOR })
    @Operation(operationId = "listActivityCodeLists",
            summary = "Code lists: activity forms, topics, organisers, languages; handover sources and weapon categories with their units; "
                    + "tip channels, categories and statuses")
    @APIResponse(responseCode = "200", description = "Each list's codes with Vietnamese labels")
    public CodeLists listActivityCodeLists() {
        return new CodeLists(codes(ActivityForm.values()), codes(ActivityTopic.values()), codes(ActivityOrganiser.values()),
                codes(ActivityLanguage.values()), codes(HandoverSource.values()),
                Arrays.stream(WeaponCategory.values())
                        .map(c -> new CategoryLabel(c.name(), c.labelVi(), c.unit().name(), c.unitLabelVi(), c.figure())).toList(),
                codes(TipChannel.values()), codes(TipCategory.values()), codes(TipStatus.values()));
    }

    private static List<CodeLabel> codes(Labelled[] values) {
        return Arrays.stream(values).map(v -> new CodeLabel(v.name(), v.labelVi())).toList();
    }
}
