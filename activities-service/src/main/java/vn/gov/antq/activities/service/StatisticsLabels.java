package vn.gov.antq.activities.service;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.gov.antq.activities.model.ActivityForm;
import vn.gov.antq.activities.model.ActivityOrganiser;
import vn.gov.antq.activities.model.ActivityTopic;
import vn.gov.antq.activities.model.HandoverSource;
import vn.gov.antq.activities.model.Labelled;
import vn.gov.antq.activities.model.TipCategory;
import vn.gov.antq.activities.model.TipChannel;
import vn.gov.antq.activities.model.TipStatus;
import vn.gov.antq.activities.repository.StatisticsGrouping;
import vn.gov.antq.commons.communes.Commune;
import vn.gov.antq.commons.communes.CommuneRepository;
import vn.gov.antq.commons.units.AdministrativeUnits;
import vn.gov.antq.commons.units.LegacyProvince;
import vn.gov.antq.commons.units.Province;

/** The Vietnamese labels of statistics groups and province names of the old-province breakdowns. */
@ApplicationScoped
public class StatisticsLabels {

    @Inject
    CommuneRepository communes;

    @Inject
    AdministrativeUnits units;

    /** Labels of the group keys; the null key (rows the grouping does not apply to) is labelled by what it stands for. */
    public Function<String, String> of(StatisticsGrouping grouping, List<String> keys) {
        List<String> present = keys.stream().filter(Objects::nonNull).toList();
        Map<String, String> named = new HashMap<>();
        String missing = "Không áp dụng";
        switch (grouping) {
            case PROVINCE -> present.forEach(k -> named.put(k, provinceName(k)));
            case COMMUNE -> {
                if (!present.isEmpty()) {
                    communes.list("code in ?1", present).forEach((Commune c) -> named.put(c.code, c.name));
                }
                missing = "Cấp tỉnh (không gắn với một xã hiện nay)";
            }
            case FORM -> {
                named.putAll(labelsOf(ActivityForm.values()));
                missing = "Mọi hình thức (không tách theo hình thức)";
            }
            case TOPIC -> named.putAll(labelsOf(ActivityTopic.values()));
            case ORGANISER -> named.putAll(labelsOf(ActivityOrganiser.values()));
            case CHANNEL -> named.putAll(labelsOf(TipChannel.values()));
            case CATEGORY -> named.putAll(labelsOf(TipCategory.values()));
            case STATUS -> named.putAll(labelsOf(TipStatus.values()));
            case SOURCE -> named.putAll(labelsOf(HandoverSource.values()));
            default -> {
            }
        }
        String none = missing;
        return key -> key == null ? none : named.get(key);
    }

    public String provinceName(String code) {
        return units.currentProvince(code).map(Province::name).orElse(null);
    }

    public String legacyProvinceName(String code) {
        return units.legacyProvince(code).map(LegacyProvince::name).orElse(null);
    }

    /** A decimal sum without trailing zeros and never in exponent form: 667.000 → 667, 12.50 → 12.5. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Map<String, String> labelsOf(Labelled[] values) {
        Map<String, String> labels = new HashMap<>();
        Arrays.stream(values).forEach(v -> labels.put(v.name(), v.labelVi()));
        return labels;
    }
}
