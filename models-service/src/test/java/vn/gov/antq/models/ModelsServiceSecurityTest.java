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
    /** Sites, safe-unit verdicts and tallies can be commune-level: commune officers write them too, in their commune. */
    private static final Set<String> COMMUNE_RECORD_WRITERS = Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER);

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
                Map.entry("listSitesOfModel", MODEL_READERS),
                Map.entry("createModelSite", COMMUNE_RECORD_WRITERS),
                Map.entry("listModelSites", MODEL_READERS),
                Map.entry("listModelSiteChanges", MODEL_READERS),
                Map.entry("getModelSite", MODEL_READERS),
                Map.entry("updateModelSite", COMMUNE_RECORD_WRITERS),
                Map.entry("deleteModelSite", COMMUNE_RECORD_WRITERS),
                Map.entry("listSafeUnitRecognitions", MODEL_READERS),
                Map.entry("listSafeUnitRecognitionChanges", MODEL_READERS),
                Map.entry("getSafeUnitRecognition", MODEL_READERS),
                Map.entry("createSafeUnitRecognition", COMMUNE_RECORD_WRITERS),
                Map.entry("updateSafeUnitRecognition", COMMUNE_RECORD_WRITERS),
                Map.entry("deleteSafeUnitRecognition", COMMUNE_RECORD_WRITERS),
                // Tallies are read like models; a commune officer writes its own commune's.
                Map.entry("listModelTallies", MODEL_READERS), Map.entry("getModelTally", MODEL_READERS),
                Map.entry("listModelTallyChanges", MODEL_READERS),
                Map.entry("createModelTally", COMMUNE_RECORD_WRITERS), Map.entry("updateModelTally", COMMUNE_RECORD_WRITERS),
                Map.entry("deleteModelTally", COMMUNE_RECORD_WRITERS),
                // Aggregates: everyone, filtered to the caller's aggregate scope.
                Map.entry("getModelStatistics", EVERY_ROLE));
    }

    @Override
    protected String samplePathValue(String parameter) {
        return parameter.equals("code") ? "PEOPLES_SECURITY_TEAM" : "1";
    }
}
