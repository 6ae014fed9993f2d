package vn.gov.antq.commons.concurrency;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class VersionedProbeRepository implements PanacheRepository<VersionedProbe> {
}
