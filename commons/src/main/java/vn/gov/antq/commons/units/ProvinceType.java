package vn.gov.antq.commons.units;

/** tỉnh (province) or thành phố trực thuộc trung ương (centrally-run city). */
public enum ProvinceType {
    PROVINCE("Tỉnh"),
    MUNICIPALITY("Thành phố trực thuộc trung ương");

    private final String labelVi;

    ProvinceType(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
