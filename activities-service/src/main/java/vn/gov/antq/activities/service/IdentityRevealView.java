package vn.gov.antq.activities.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A revealed identity: personal data, returned only to an investigator in scope and never stored elsewhere. */
@Schema(name = "IdentityReveal")
public record IdentityRevealView(long tipId, boolean reporterIdentified, ReporterIdentity reporter) {
}
