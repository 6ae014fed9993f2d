package vn.gov.antq.staffing.model;

/** Who was trained. */
public enum TraineeGroup {
    STEERING_COMMITTEE("Ban Chỉ đạo an ninh, trật tự"),
    SEMI_PROFESSIONAL_POLICE("Công an xã bán chuyên trách"),
    GRASSROOTS_FORCE("Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở"),
    GUARDS("Bảo vệ cơ quan, doanh nghiệp, nhà trường");

    private final String labelVi;

    TraineeGroup(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
