package vn.gov.antq.activities.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.antq.activities.model.ActivityForm;
import vn.gov.antq.activities.model.ActivityLanguage;
import vn.gov.antq.activities.model.ActivityOrganiser;
import vn.gov.antq.activities.model.ActivityTopic;

@Schema(name = "Activity", description = "A propaganda activity (hoạt động tuyên truyền)")
public record ActivityView(
        @Schema(examples = "512") long id,
        String title,
        ActivityForm form,
        List<ActivityTopic> topics,
        @Schema(examples = "75") String provinceCode,
        @Schema(examples = "26068") String communeCode,
        LocalDate heldOn,
        LocalDate periodFrom,
        LocalDate periodTo,
        ActivityOrganiser organiser,
        Integer sessions,
        Integer participants,
        Integer leaflets,
        Integer booklets,
        Integer bannersSlogans,
        Integer panelsPosters,
        Integer broadcastMinutes,
        BigDecimal screeningHours,
        List<ActivityLanguage> languages,
        String location,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
