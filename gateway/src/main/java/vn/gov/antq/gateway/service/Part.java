package vn.gov.antq.gateway.service;

import java.util.List;

/**
 * The statistics endpoints the views compose (docs/statistics-contract.md): which service serves each and the
 * figures it answers, in the order the views show them.
 */
public enum Part {
    MODELS("models", "Mô hình tự quản", "models-service", "model-statistics",
            List.of("models", "sites", "teams", "members", "cameras", "exemplars", "recognitionsPassed", "recognitionsFailed")),
    ACTIVITIES("activities", "Hoạt động tuyên truyền", "activities-service", "activity-statistics",
            List.of("activities", "sessions", "participants", "leaflets", "booklets", "bannersSlogans", "panelsPosters",
                    "broadcastMinutes", "screeningHours")),
    TIPS("tips", "Tin báo, tố giác", "activities-service", "tip-statistics",
            List.of("received", "valuable", "notValuable", "casesSolved", "suspectsArrested", "wantedCaught", "wantedSurrendered")),
    HANDOVERS("handovers", "Giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ", "activities-service", "weapon-handover-statistics",
            List.of("handovers", "guns", "primitiveWeapons", "bombsMinesGrenades", "rounds", "explosivesKg", "detonators",
                    "supportTools", "dangerousToys", "firecrackersKg")),
    STAFFING("staffing", "Công an xã chính quy, lực lượng tham gia bảo vệ ANTT ở cơ sở", "staffing-service", "staffing-statistics",
            List.of("communes", "communesWithRegularPolice", "regularOfficers", "chiefs", "deputies", "officers", "unitsMeetingNorm",
                    "vacancies", "grassrootsTeams", "grassrootsMembers", "hamletsCovered", "semiProfessionalPolice", "trainings",
                    "trainingParticipants"));

    private final String key;
    private final String labelVi;
    private final String service;
    private final String endpoint;
    private final List<String> figures;

    Part(String key, String labelVi, String service, String endpoint, List<String> figures) {
        this.key = key;
        this.labelVi = labelVi;
        this.service = service;
        this.endpoint = endpoint;
        this.figures = figures;
    }

    /** The prefix of its metrics' ids, e.g. {@code tips} in {@code tips.received}. */
    public String key() {
        return key;
    }

    public String labelVi() {
        return labelVi;
    }

    public String service() {
        return service;
    }

    public String endpoint() {
        return endpoint;
    }

    public List<String> figures() {
        return figures;
    }
}
