package vn.gov.antq.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CloudNativePgApiTest {

    private final CloudNativePgApi api = CloudNativePgApi.load();

    @Test
    void aClusterOfKnownFieldsPasses() {
        assertEquals(List.of(), check("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: db
                spec:
                  instances: 3
                  storage:
                    size: 1Gi
                  bootstrap:
                    initdb:
                      database: app
                  affinity:
                    podAntiAffinityType: required
                  resources:
                    requests:
                      cpu: 100m
                  plugins:
                    - name: barman-cloud.cloudnative-pg.io
                      isWALArchiver: true
                      parameters:
                        barmanObjectName: store
                """));
    }

    @Test
    void unknownFieldsWrongTypesEnumsAndMissingRequiredFieldsAreReported() {
        assertEquals(List.of(
                "c.spec: unknown field(s) [replicas] (ClusterSpec)",
                "c.spec.storage.size: must be a string",
                "c.spec.affinity.podAntiAffinityType: 'always' is not one of preferred|required",
                "c.spec.plugins[0]: required field name is missing (PluginConfiguration)",
                "c.spec.resources: unknown field(s) [request]",
                "c.spec: required field instances is missing (ClusterSpec)"), check("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: db
                spec:
                  replicas: 3
                  storage:
                    size: 1
                  affinity:
                    podAntiAffinityType: always
                  plugins:
                    - isWALArchiver: true
                  resources:
                    request:
                      cpu: 100m
                """));
    }

    @Test
    void aTypeNotDescribedCannotBeVerified() {
        assertEquals(List.of("c.spec.replica: type ReplicaClusterConfiguration is not described in cloudnative-pg-api.yaml, so its use cannot be verified"),
                check("""
                        apiVersion: postgresql.cnpg.io/v1
                        kind: Cluster
                        metadata:
                          name: db
                        spec:
                          instances: 1
                          replica:
                            enabled: true
                        """));
    }

    @Test
    void objectStoresAndScheduledBackupsAreCheckedToo() {
        assertEquals(List.of("c.spec.configuration.s3Credentials: unknown field(s) [accessKey] (S3Credentials)",
                "c.spec.configuration: required field destinationPath is missing (BarmanObjectStoreConfiguration)"), check("""
                apiVersion: barmancloud.cnpg.io/v1
                kind: ObjectStore
                metadata:
                  name: store
                spec:
                  configuration:
                    s3Credentials:
                      accessKey:
                        name: s
                        key: k
                """));
        assertEquals(List.of("c.spec.method: 'barman' is not one of barmanObjectStore|volumeSnapshot|plugin"), check("""
                apiVersion: postgresql.cnpg.io/v1
                kind: ScheduledBackup
                metadata:
                  name: daily
                spec:
                  schedule: "0 0 1 * * *"
                  cluster:
                    name: db
                  method: barman
                """));
    }

    private List<String> check(String yaml) {
        List<String> violations = new ArrayList<>();
        api.check(Yaml.readAll(yaml).get(0), "c", violations);
        return violations;
    }
}
