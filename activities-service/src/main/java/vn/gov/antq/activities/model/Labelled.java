package vn.gov.antq.activities.model;

/** A code with the Vietnamese label the code lists show. */
public interface Labelled {

    String name();

    String labelVi();
}
