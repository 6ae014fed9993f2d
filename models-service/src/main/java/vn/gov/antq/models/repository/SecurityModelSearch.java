package vn.gov.antq.models.repository;

import java.time.LocalDate;

import vn.gov.antq.models.model.LeadOrganisation;
import vn.gov.antq.models.model.ModelStatus;

/** Filters of the model listing; null means "any". The province filter also carries the caller's scope. */
public record SecurityModelSearch(String provinceCode, String typeCode, ModelStatus status, LeadOrganisation leadOrganisation,
        LocalDate startedFrom, LocalDate startedTo, String text) {
}
