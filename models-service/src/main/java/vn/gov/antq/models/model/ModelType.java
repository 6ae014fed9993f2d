package vn.gov.antq.models.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An entry of the model-type catalog (loại mô hình). */
@Entity
@Table(name = "model_type")
public class ModelType {

    @Id
    @Column(length = 60)
    public String code;

    @Column(name = "name_vi", nullable = false, length = 200)
    public String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    public String nameEn;

    @Column(length = 2000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public ModelSetting setting;

    /** Comma-separated {@link FocusTopic} codes. */
    @Column(name = "focus_topics", nullable = false, length = 400)
    public String focusTopics;

    @Column(nullable = false)
    public boolean active;

    /** Folded names kept by the database for diacritics-insensitive search. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
