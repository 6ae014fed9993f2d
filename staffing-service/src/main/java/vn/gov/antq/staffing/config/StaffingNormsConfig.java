package vn.gov.antq.staffing.config;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many regular police each commune police unit needs, per commune type ({@code antq.staffing.norms.xa.*},
 * {@code .phuong.*}, {@code .dac-khu.*}). A unit has exactly {@code chiefs} chiefs and at least {@code deputies}
 * deputies and {@code officers} officers; the type that counts is the commune's type on the day asked about, so a xã
 * that becomes a phường is measured against the phường norm from that day.
 */
@ConfigMapping(prefix = "antq.staffing.norms")
public interface StaffingNormsConfig {

    Norm xa();

    Norm phuong();

    Norm dacKhu();

    interface Norm {

        /** Exactly this many chiefs (Trưởng Công an). */
        @WithDefault("1")
        @Min(0)
        int chiefs();

        /** At least this many deputies (Phó Trưởng Công an). */
        @WithDefault("1")
        @Min(0)
        int deputies();

        /** At least this many officers (Công an viên). */
        @WithDefault("3")
        @Min(0)
        int officers();
    }
}
