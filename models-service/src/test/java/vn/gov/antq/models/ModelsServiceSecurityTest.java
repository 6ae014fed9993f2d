package vn.gov.antq.models;

import java.util.Map;
import java.util.Set;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.security.Roles;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;
import vn.gov.antq.commons.testing.SecurityContract;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ModelsServiceSecurityTest extends SecurityContract {

    private static final Set<String> MODEL_READERS = Set.of(Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER,
            Roles.COMMUNE_OFFICER);
    private static final Set<String> MODEL_WRITERS = Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER);
    private static final Set<String> TALLY_WRITERS = Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER);

    @Override
    protected Map<String, Set<String>> accessRules() {
        return Map.ofEntries(
                Map.entry("listAuditEvents", Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER)),
                // The commune registry from commons: everyone reads it, the ministry loads the official lists.
                Map.entry("listCommunes", EVERY_ROLE), Map.entry("getCommune", EVERY_ROLE),
                Map.entry("listCommuneSuccessions", EVERY_ROLE), Map.entry("resolveCommune", EVERY_ROLE),
                Map.entry("importCommunes", Set.of(Roles.MINISTRY_ADMIN)), Map.entry("importCommuneSuccessions", Set.of(Roles.MINISTRY_ADMIN)),
                Map.entry("listModelTypes", EVERY_ROLE),
                Map.entry("getModelType", EVERY_ROLE),
                Map.entry("listModelCodeLists", EVERY_ROLE),
                Map.entry("createModelType", Set.of(Roles.MINISTRY_ADMIN)),
                Map.entry("updateModelType", Set.of(Roles.MINISTRY_ADMIN)),
                Map.entry("listModels", MODEL_READERS),
                Map.entry("getModel", MODEL_READERS),
                Map.entry("listModelStatusChanges", MODEL_READERS),
                Map.entry("createModel", MODEL_WRITERS),
                Map.entry("updateModel", MODEL_WRITERS),
                Map.entry("changeModelStatus", MODEL_WRITERS),
                Map.entry("deleteModel", MODEL_WRITERS),
                Map.entry("listModelChanges", MODEL_READERS),
                Map.entry("listModelReviews", MODEL_READERS),
                Map.entry("getModelReview", MODEL_READERS),
                Map.entry("createModelReview", MODEL_WRITERS),
                Map.entry("updateModelReview", MODEL_WRITERS),
                // Tallies are read like models; a commune officer writes its own commune's.
                Map.entry("listModelTallies", MODEL_READERS), Map.entry("getModelTally", MODEL_READERS),
                Map.entry("listModelTallyChanges", MODEL_READERS),
                Map.entry("createModelTally", TALLY_WRITERS), Map.entry("updateModelTally", TALLY_WRITERS),
                Map.entry("deleteModelTally", TALLY_WRITERS),
                // Aggregates: everyone, filtered to the caller's aggregate scope.
                Map.entry("getModelStatistics", EVERY_ROLE));
    }

    @Override
    protected String samplePathValue(String parameter) {
        return parameter.equals("code") ? "PEOPLES_SECURITY_TEAM" : "1";
    }
}
