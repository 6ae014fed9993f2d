package vn.gov.antq.staffing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Proxy;
import java.util.Map;

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
        // Proxies rather than classes implementing the mapping: Quarkus would take those for beans with constraints.
        Map<String, StaffingNormsConfig.Norm> byType = Map.of("xa", norm(3), "phuong", norm(phuongOfficers), "dacKhu", norm(3));
        service.normsConfig = proxy(StaffingNormsConfig.class, byType);
        return service.norms();
    }

    private static StaffingNormsConfig.Norm norm(int officers) {
        return proxy(StaffingNormsConfig.Norm.class, Map.of("chiefs", 1, "deputies", 1, "officers", officers));
    }

    private static <T> T proxy(Class<T> type, Map<String, ?> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (self, method, args) -> values.get(method.getName())));
    }
}
