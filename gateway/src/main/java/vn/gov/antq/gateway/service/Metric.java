package vn.gov.antq.gateway.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A figure the views can show: one a service answers ({@code figure}), or a ratio the gateway derives from two of
 * them ({@code numerator}/{@code denominator}).
 */
@Schema(name = "ViewMetric", description = "A figure the views can show, by its id (part.figure)")
public record Metric(
        @Schema(examples = "tips.valuable") String id,
        @Schema(description = "The statistics endpoint it comes from", examples = "tips") String part,
        @Schema(examples = "Tin có giá trị") String labelVi,
        @Schema(examples = "Tips judged of value") String label,
        @Schema(description = "COUNT, KG, MINUTES, HOURS or RATIO (0–1)", examples = "COUNT") Unit unit,
        @Schema(description = "FLOW: over the window; STOCK: as of the window's last day", examples = "FLOW") Basis basis,
        @JsonIgnore @Schema(hidden = true) Part source,
        @JsonIgnore @Schema(hidden = true) String figure,
        @JsonIgnore @Schema(hidden = true) String numerator,
        @JsonIgnore @Schema(hidden = true) String denominator) {

    public enum Unit {
        COUNT, KG, MINUTES, HOURS, RATIO
    }

    public enum Basis {
        FLOW, STOCK
    }

    @JsonIgnore
    public boolean ratio() {
        return unit == Unit.RATIO;
    }
}
