package vn.gov.antq.models.model;

/** Who leads a model. */
public enum LeadOrganisation implements Labelled {
    POLICE("Công an"),
    FATHERLAND_FRONT("Mặt trận Tổ quốc"),
    WOMENS_UNION("Hội Liên hiệp Phụ nữ"),
    VETERANS_ASSOCIATION("Hội Cựu chiến binh"),
    FARMERS_ASSOCIATION("Hội Nông dân"),
    YOUTH_UNION("Đoàn Thanh niên"),
    LABOUR_FEDERATION("Liên đoàn Lao động"),
    BORDER_GUARD("Bộ đội Biên phòng"),
    ENTERPRISE("Doanh nghiệp"),
    SCHOOL("Nhà trường"),
    RELIGIOUS_ORGANISATION("Tổ chức tôn giáo"),
    OTHER("Khác");

    private final String labelVi;

    LeadOrganisation(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
