package vn.gov.antq.activities.model;

/** What a tip is about. */
public enum TipCategory implements Labelled {
    DRUGS("Ma túy"),
    THEFT("Trộm cắp tài sản"),
    FRAUD("Lừa đảo chiếm đoạt tài sản"),
    GAMBLING("Cờ bạc"),
    WEAPONS_EXPLOSIVES("Vũ khí, vật liệu nổ"),
    WANTED_PERSON("Đối tượng truy nã"),
    NATIONAL_SECURITY("An ninh quốc gia"),
    PUBLIC_ORDER("Trật tự công cộng"),
    TRAFFIC("Trật tự an toàn giao thông"),
    SMUGGLING("Buôn lậu"),
    HUMAN_TRAFFICKING("Mua bán người"),
    ENVIRONMENT("Môi trường"),
    OTHER("Khác");

    private final String labelVi;

    TipCategory(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
