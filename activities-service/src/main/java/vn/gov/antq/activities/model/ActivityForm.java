package vn.gov.antq.activities.model;

/** How a propaganda activity reaches people (hình thức tuyên truyền). */
public enum ActivityForm implements Labelled {
    COMMUNITY_MEETING("Họp dân"),
    CONFERENCE("Hội nghị"),
    RALLY("Mít tinh"),
    LOUDSPEAKER_BROADCAST("Phát thanh loa truyền thanh"),
    MOBILE_PROPAGANDA("Tuyên truyền lưu động"),
    LEAFLET_DISTRIBUTION("Phát tờ rơi"),
    BANNERS_POSTERS("Băng rôn, khẩu hiệu, pa nô, áp phích"),
    FILM_SCREENING("Chiếu phim"),
    SOCIAL_MEDIA_PRESS("Mạng xã hội, báo chí"),
    FESTIVAL_DAY("Ngày hội"),
    LISTEN_TO_PEOPLE_FORUM("Diễn đàn lắng nghe ý kiến nhân dân"),
    TRAINING("Tập huấn"),
    OTHER("Khác");

    private final String labelVi;

    ActivityForm(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
