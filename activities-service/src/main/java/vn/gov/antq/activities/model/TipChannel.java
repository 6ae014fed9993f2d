package vn.gov.antq.activities.model;

/** How a tip reached the police. */
public enum TipChannel implements Labelled {
    IN_PERSON("Trực tiếp"),
    HOTLINE("Đường dây nóng"),
    VNEID("Ứng dụng VNeID"),
    MOBILE_APP("Ứng dụng di động"),
    MAIL("Thư tín"),
    PROPAGANDA_SESSION_SLIP("Phiếu thu tại buổi tuyên truyền"),
    SOCIAL_MEDIA("Mạng xã hội"),
    OTHER("Khác");

    private final String labelVi;

    TipChannel(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
