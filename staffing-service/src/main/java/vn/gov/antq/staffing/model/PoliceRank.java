package vn.gov.antq.staffing.model;

/**
 * Ranks (cấp bậc hàm) of the People's Public Security (Công an nhân dân) that regular commune police hold: the
 * non-commissioned ranks (hạ sĩ quan) and the company- and field-grade officer ranks (cấp úy, cấp tá). Generals and
 * conscripts are not posted to commune police. Declared from junior to senior.
 */
public enum PoliceRank {
    HA_SI("Hạ sĩ"),
    TRUNG_SI("Trung sĩ"),
    THUONG_SI("Thượng sĩ"),
    THIEU_UY("Thiếu úy"),
    TRUNG_UY("Trung úy"),
    THUONG_UY("Thượng úy"),
    DAI_UY("Đại úy"),
    THIEU_TA("Thiếu tá"),
    TRUNG_TA("Trung tá"),
    THUONG_TA("Thượng tá"),
    DAI_TA("Đại tá");

    private final String labelVi;

    PoliceRank(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
