package vn.gov.antq.models.model;

/** A code with the Vietnamese label the catalogs show. */
public interface Labelled {

    String name();

    String labelVi();
}
