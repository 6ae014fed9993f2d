package vn.gov.antq.activities.model;

/** Languages an activity used: Vietnamese and the ethnic languages most used in propaganda. */
public enum ActivityLanguage implements Labelled {
    VIETNAMESE("Tiếng Việt"),
    KHMER("Tiếng Khmer"),
    HMONG("Tiếng H'Mông"),
    THAI("Tiếng Thái"),
    TAY("Tiếng Tày"),
    NUNG("Tiếng Nùng"),
    MUONG("Tiếng Mường"),
    DAO("Tiếng Dao"),
    EDE("Tiếng Ê Đê"),
    JARAI("Tiếng Gia Rai"),
    BAHNAR("Tiếng Ba Na"),
    CHAM("Tiếng Chăm"),
    OTHER_ETHNIC("Tiếng dân tộc khác");

    private final String labelVi;

    ActivityLanguage(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
