package vn.gov.antq.staffing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

import vn.gov.antq.staffing.config.StaffingNormsConfig;

/** The norms judge every unit, so the settings part of a staffing-statistics ETag names each of them. */
class StaffingStatisticsNormsTest {

    @Test
    void everyNormIsInTheTagsSettings() {
        assertEquals("XA 1 1 3, PHUONG 1 1 3, DAC_KHU 1 1 3", norms(3));
        assertNotEquals(norms(3), norms(4), "another phường norm, another tag");
    }

    private static String norms(int phuongOfficers) {
        StaffingStatisticsService service = new StaffingStatisticsService();
        service.normsConfig = new StaffingNormsConfig() {
            @Override
            public Norm xa() {
                return norm(3);
            }

            @Override
            public Norm phuong() {
                return norm(phuongOfficers);
            }

            @Override
            public Norm dacKhu() {
                return norm(3);
            }
        };
        return service.norms();
    }

    private static StaffingNormsConfig.Norm norm(int officers) {
        return new StaffingNormsConfig.Norm() {
            @Override
            public int chiefs() {
                return 1;
            }

            @Override
            public int deputies() {
                return 1;
            }

            @Override
            public int officers() {
                return officers;
            }
        };
    }
}
