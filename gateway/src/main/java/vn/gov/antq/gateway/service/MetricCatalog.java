package vn.gov.antq.gateway.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.gateway.service.Metric.Basis;
import vn.gov.antq.gateway.service.Metric.Unit;

/** Every metric of the views, in display order, with Vietnamese and English labels. */
public final class MetricCatalog {

    /** What the national table and the commune drill-down show when the caller names no metrics. */
    public static final List<String> DEFAULT_TABLE = List.of("models.models", "models.sites", "activities.activities",
            "activities.participants", "tips.received", "tips.valuable", "tips.valuableRatio", "handovers.handovers",
            "staffing.regularOfficers", "staffing.vacancies", "staffing.grassrootsTeams");

    private static final Map<String, Metric> METRICS;

    static {
        Map<String, Metric> m = new LinkedHashMap<>();
        Part p = Part.MODELS;
        add(m, p, "models", "Mô hình", "Models", Unit.COUNT, Basis.FLOW);
        add(m, p, "sites", "Điểm áp dụng mô hình", "Sites where models are applied", Unit.COUNT, Basis.FLOW);
        add(m, p, "teams", "Tổ, đội tự quản", "Teams", Unit.COUNT, Basis.FLOW);
        add(m, p, "members", "Thành viên", "Members", Unit.COUNT, Basis.FLOW);
        add(m, p, "cameras", "Camera an ninh", "Security cameras", Unit.COUNT, Basis.FLOW);
        add(m, p, "exemplars", "Mô hình điển hình tiên tiến", "Exemplary models", Unit.COUNT, Basis.FLOW);
        add(m, p, "recognitionsPassed", "Đơn vị đạt chuẩn an toàn về ANTT", "Units recognised safe", Unit.COUNT, Basis.FLOW);
        add(m, p, "recognitionsFailed", "Đơn vị không đạt chuẩn an toàn về ANTT", "Units not recognised safe", Unit.COUNT, Basis.FLOW);
        p = Part.ACTIVITIES;
        add(m, p, "activities", "Hoạt động tuyên truyền", "Propaganda activities", Unit.COUNT, Basis.FLOW);
        add(m, p, "sessions", "Buổi, đợt tuyên truyền", "Sessions", Unit.COUNT, Basis.FLOW);
        add(m, p, "participants", "Lượt người tham dự", "Participants", Unit.COUNT, Basis.FLOW);
        add(m, p, "leaflets", "Tờ rơi", "Leaflets", Unit.COUNT, Basis.FLOW);
        add(m, p, "booklets", "Tài liệu, sổ tay", "Booklets", Unit.COUNT, Basis.FLOW);
        add(m, p, "bannersSlogans", "Băng rôn, khẩu hiệu", "Banners and slogans", Unit.COUNT, Basis.FLOW);
        add(m, p, "panelsPosters", "Pa nô, áp phích", "Panels and posters", Unit.COUNT, Basis.FLOW);
        add(m, p, "bannersSlogansPanelsPosters", "Băng rôn, khẩu hiệu, pa nô, áp phích (gộp)",
                "Banners, slogans, panels and posters, all together (reports that do not split them)", Unit.COUNT, Basis.FLOW);
        add(m, p, "broadcastMinutes", "Thời lượng phát thanh (phút)", "Loudspeaker broadcast minutes", Unit.MINUTES, Basis.FLOW);
        add(m, p, "screeningHours", "Thời lượng chiếu phim (giờ)", "Film screening hours", Unit.HOURS, Basis.FLOW);
        p = Part.TIPS;
        add(m, p, "received", "Tin báo, tố giác tiếp nhận", "Tips received", Unit.COUNT, Basis.FLOW);
        add(m, p, "valuable", "Tin có giá trị", "Tips judged of value", Unit.COUNT, Basis.FLOW);
        add(m, p, "notValuable", "Tin không có giá trị", "Tips judged of no value", Unit.COUNT, Basis.FLOW);
        add(m, p, "casesSolved", "Vụ án được làm rõ", "Cases solved", Unit.COUNT, Basis.FLOW);
        add(m, p, "suspectsArrested", "Đối tượng bị bắt", "Suspects arrested", Unit.COUNT, Basis.FLOW);
        add(m, p, "wantedCaught", "Đối tượng truy nã bị bắt", "Wanted persons caught", Unit.COUNT, Basis.FLOW);
        add(m, p, "wantedSurrendered", "Đối tượng truy nã ra đầu thú", "Wanted persons who surrendered", Unit.COUNT, Basis.FLOW);
        add(m, p, "wantedCaughtOrSurrendered", "Đối tượng truy nã bị bắt, vận động ra đầu thú",
                "Wanted persons caught or surrendered, all together (reports that do not split them)", Unit.COUNT, Basis.FLOW);
        ratio(m, p, "valuableRatio", "Tỷ lệ tin có giá trị", "Share of received tips judged of value", "valuable", "received", Basis.FLOW);
        p = Part.HANDOVERS;
        add(m, p, "handovers", "Lượt giao nộp, thu hồi", "Handovers and seizures", Unit.COUNT, Basis.FLOW);
        add(m, p, "guns", "Súng", "Guns", Unit.COUNT, Basis.FLOW);
        add(m, p, "primitiveWeapons", "Vũ khí thô sơ", "Primitive weapons", Unit.COUNT, Basis.FLOW);
        add(m, p, "bombsMinesGrenades", "Bom, mìn, lựu đạn", "Bombs, mines, grenades", Unit.COUNT, Basis.FLOW);
        add(m, p, "rounds", "Đạn", "Rounds of ammunition", Unit.COUNT, Basis.FLOW);
        add(m, p, "explosivesKg", "Vật liệu nổ (kg)", "Explosives (kg)", Unit.KG, Basis.FLOW);
        add(m, p, "detonators", "Kíp nổ", "Detonators", Unit.COUNT, Basis.FLOW);
        add(m, p, "supportTools", "Công cụ hỗ trợ", "Support tools", Unit.COUNT, Basis.FLOW);
        add(m, p, "dangerousToys", "Đồ chơi nguy hiểm", "Dangerous toys", Unit.COUNT, Basis.FLOW);
        add(m, p, "firecrackersKg", "Pháo (kg)", "Firecrackers (kg)", Unit.KG, Basis.FLOW);
        p = Part.STAFFING;
        add(m, p, "communes", "Xã, phường, đặc khu", "Communes", Unit.COUNT, Basis.STOCK);
        add(m, p, "communesWithRegularPolice", "Xã có Công an chính quy", "Communes with regular police", Unit.COUNT, Basis.STOCK);
        ratio(m, p, "policeCoverage", "Tỷ lệ xã có Công an chính quy", "Share of communes with regular police",
                "communesWithRegularPolice", "communes", Basis.STOCK);
        add(m, p, "regularOfficers", "Công an chính quy ở xã", "Regular police officers in communes", Unit.COUNT, Basis.STOCK);
        add(m, p, "chiefs", "Trưởng Công an xã", "Commune police chiefs", Unit.COUNT, Basis.STOCK);
        add(m, p, "deputies", "Phó Trưởng Công an xã", "Deputy chiefs", Unit.COUNT, Basis.STOCK);
        add(m, p, "officers", "Cán bộ, chiến sĩ", "Officers", Unit.COUNT, Basis.STOCK);
        add(m, p, "unitsMeetingNorm", "Đơn vị đủ định biên", "Units meeting the staffing norm", Unit.COUNT, Basis.STOCK);
        add(m, p, "vacancies", "Vị trí còn thiếu", "Vacant positions", Unit.COUNT, Basis.STOCK);
        add(m, p, "grassrootsTeams", "Tổ bảo vệ ANTT ở cơ sở", "Grassroots security teams", Unit.COUNT, Basis.STOCK);
        add(m, p, "grassrootsMembers", "Thành viên tổ bảo vệ ANTT ở cơ sở", "Grassroots security members", Unit.COUNT, Basis.STOCK);
        add(m, p, "hamletsCovered", "Thôn, tổ dân phố có tổ bảo vệ ANTT", "Hamlets with a grassroots team", Unit.COUNT, Basis.STOCK);
        add(m, p, "semiProfessionalPolice", "Công an xã bán chuyên trách", "Semi-professional commune police", Unit.COUNT, Basis.STOCK);
        add(m, p, "trainings", "Lớp tập huấn", "Trainings", Unit.COUNT, Basis.FLOW);
        add(m, p, "trainingParticipants", "Lượt người được tập huấn", "Training participants", Unit.COUNT, Basis.FLOW);
        METRICS = Collections.unmodifiableMap(m);
    }

    private MetricCatalog() {
    }

    public static List<Metric> all() {
        return List.copyOf(METRICS.values());
    }

    /** The metrics of one part, in display order. */
    public static List<Metric> of(Part part) {
        return METRICS.values().stream().filter(m -> m.source() == part).toList();
    }

    /**
     * The metrics a caller named, comma-separated, in the order given (duplicates once), or {@code defaults} when it
     * named none.
     *
     * @throws ProblemException 400 naming {@code parameter} for an unknown id
     */
    public static List<Metric> parse(String parameter, String list, List<String> defaults, int max) {
        List<String> ids = list == null || list.isBlank() ? defaults : List.of(list.split(","));
        Set<Metric> chosen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            Metric metric = METRICS.get(id.trim());
            if (metric == null) {
                unknown.add(id.trim());
            } else {
                chosen.add(metric);
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidField(parameter, "unknown metric " + String.join(", ", unknown)
                    + "; GET /api/v1/view-metrics lists them (e.g. models.sites, tips.valuable)");
        }
        if (chosen.size() > max) {
            throw ProblemException.invalidField(parameter, "at most " + max + " metrics at once");
        }
        return List.copyOf(chosen);
    }

    public static Metric require(String parameter, String id) {
        Metric metric = id == null ? null : METRICS.get(id.trim());
        if (metric == null) {
            throw ProblemException.invalidField(parameter, id == null || id.isBlank() ? "name a metric, e.g. models.sites"
                    : "unknown metric " + id + "; GET /api/v1/view-metrics lists them");
        }
        return metric;
    }

    private static void add(Map<String, Metric> m, Part part, String figure, String labelVi, String label, Unit unit, Basis basis) {
        String id = part.key() + "." + figure;
        m.put(id, new Metric(id, part.key(), labelVi, label, unit, basis, part, figure, null, null));
    }

    private static void ratio(Map<String, Metric> m, Part part, String name, String labelVi, String label, String numerator,
            String denominator, Basis basis) {
        String id = part.key() + "." + name;
        m.put(id, new Metric(id, part.key(), labelVi, label, Unit.RATIO, basis, part, null, numerator, denominator));
    }
}
