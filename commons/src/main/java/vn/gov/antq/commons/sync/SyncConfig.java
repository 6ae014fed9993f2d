package vn.gov.antq.commons.sync;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Delta sync settings ({@code antq.sync.*}). */
@ConfigMapping(prefix = "antq.sync")
public interface SyncConfig {

    /**
     * How far before the time of a delta query its watermark ({@code syncedTo}) is set. A write stamps
     * {@code updated_at} (or a tombstone {@code deleted_at}) before it commits; a query running in between cannot see it,
     * and a watermark at the query time would make the next query skip it for good. With the watermark this much
     * earlier, the next query asks again for everything stamped in that window: a client may get a record twice, never
     * miss one, as long as no write commits later than this after its stamp and service clocks differ by less than it.
     */
    @WithDefault("PT5S")
    @DurationMin(millis = 0)
    Duration safetyWindow();
}
