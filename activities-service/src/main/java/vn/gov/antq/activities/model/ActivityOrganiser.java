package vn.gov.antq.activities.model;

/** Who organised an activity: the police or one of the mass organisations. */
public enum ActivityOrganiser implements Labelled {
    POLICE("Công an"),
    FATHERLAND_FRONT("Mặt trận Tổ quốc"),
    WOMENS_UNION("Hội Liên hiệp Phụ nữ"),
    VETERANS_ASSOCIATION("Hội Cựu chiến binh"),
    FARMERS_ASSOCIATION("Hội Nông dân"),
    YOUTH_UNION("Đoàn Thanh niên"),
    LABOUR_FEDERATION("Liên đoàn Lao động"),
    BORDER_GUARD("Bộ đội Biên phòng"),
    SCHOOL("Nhà trường"),
    OTHER("Khác");

    private final String labelVi;

    ActivityOrganiser(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
