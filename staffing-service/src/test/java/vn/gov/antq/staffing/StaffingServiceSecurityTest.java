package vn.gov.antq.staffing;

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
class StaffingServiceSecurityTest extends SecurityContract {

    private static final Set<String> RECORD_READERS = Set.of(Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER,
            Roles.COMMUNE_OFFICER);
    private static final Set<String> COMMUNE_WRITERS = Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER);
    private static final Set<String> PROVINCE_WRITERS = Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER);
    /** Records of the grassroots force, semi-professional and regular police tallies and trainings: never partner systems (they read aggregates). */
    private static final Set<String> FORCE_READERS = Set.of(Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER,
            Roles.COMMUNE_OFFICER);
    /** Commune officers write in their own commune, province officers in their province. */
    private static final Set<String> FORCE_WRITERS = Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER);

    @Override
    protected Map<String, Set<String>> accessRules() {
        return Map.ofEntries(
                Map.entry("listAuditEvents", Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER)),
                // The commune registry from commons: everyone reads it, the ministry loads the official lists.
                Map.entry("listCommunes", EVERY_ROLE), Map.entry("getCommune", EVERY_ROLE),
                Map.entry("listCommuneSuccessions", EVERY_ROLE), Map.entry("resolveCommune", EVERY_ROLE),
                Map.entry("importCommunes", Set.of(Roles.MINISTRY_ADMIN)), Map.entry("importCommuneSuccessions", Set.of(Roles.MINISTRY_ADMIN)),
                // Commune police units: commune-level records; their staffing figures (no names) are aggregates everyone reads.
                Map.entry("listPoliceUnits", RECORD_READERS), Map.entry("getPoliceUnit", RECORD_READERS),
                Map.entry("listPoliceUnitChanges", RECORD_READERS), Map.entry("createPoliceUnit", COMMUNE_WRITERS),
                Map.entry("updatePoliceUnit", COMMUNE_WRITERS), Map.entry("deletePoliceUnit", COMMUNE_WRITERS),
                Map.entry("listPoliceUnitStaffing", EVERY_ROLE), Map.entry("getPoliceUnitStaffing", EVERY_ROLE),
                Map.entry("listPoliceCodeLists", EVERY_ROLE), Map.entry("listStaffingNorms", EVERY_ROLE),
                // Officers and postings: the province police's records; analysts read pseudonymously, partners never.
                Map.entry("listOfficers", RECORD_READERS), Map.entry("getOfficer", RECORD_READERS),
                Map.entry("listOfficerPostings", RECORD_READERS),
                Map.entry("listOfficerChanges", Set.of(Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER)),
                Map.entry("createOfficer", PROVINCE_WRITERS), Map.entry("updateOfficer", PROVINCE_WRITERS),
                Map.entry("deleteOfficer", PROVINCE_WRITERS), Map.entry("createPosting", PROVINCE_WRITERS),
                Map.entry("listPostings", RECORD_READERS), Map.entry("getPosting", RECORD_READERS),
                Map.entry("listPostingChanges", RECORD_READERS), Map.entry("updatePosting", PROVINCE_WRITERS),
                Map.entry("deletePosting", PROVINCE_WRITERS), Map.entry("transferPosting", PROVINCE_WRITERS),
                // Semi-professional police tallies and trainings: read like tallies in the province, written down to the commune.
                Map.entry("listSemiProfessionalTallies", FORCE_READERS), Map.entry("getSemiProfessionalTally", FORCE_READERS),
                Map.entry("listSemiProfessionalTallyChanges", FORCE_READERS),
                Map.entry("createSemiProfessionalTally", FORCE_WRITERS), Map.entry("updateSemiProfessionalTally", FORCE_WRITERS),
                Map.entry("deleteSemiProfessionalTally", FORCE_WRITERS),
                Map.entry("listRegularPoliceTallies", FORCE_READERS), Map.entry("getRegularPoliceTally", FORCE_READERS),
                Map.entry("listRegularPoliceTallyChanges", FORCE_READERS),
                Map.entry("createRegularPoliceTally", FORCE_WRITERS), Map.entry("updateRegularPoliceTally", FORCE_WRITERS),
                Map.entry("deleteRegularPoliceTally", FORCE_WRITERS),
                // Staffing statistics: counts only, everyone within the aggregate scope.
                Map.entry("getStaffingStatistics", EVERY_ROLE),
                Map.entry("listTrainings", FORCE_READERS), Map.entry("getTraining", FORCE_READERS),
                Map.entry("listTrainingChanges", FORCE_READERS),
                Map.entry("createTraining", FORCE_WRITERS), Map.entry("updateTraining", FORCE_WRITERS),
                Map.entry("deleteTraining", FORCE_WRITERS),
                // The grassroots force: commune-level records; members are personal data.
                Map.entry("listGrassrootsTeams", FORCE_READERS), Map.entry("getGrassrootsTeam", FORCE_READERS),
                Map.entry("listGrassrootsTeamChanges", FORCE_READERS),
                Map.entry("createGrassrootsTeam", FORCE_WRITERS), Map.entry("updateGrassrootsTeam", FORCE_WRITERS),
                Map.entry("deleteGrassrootsTeam", FORCE_WRITERS),
                Map.entry("listGrassrootsTeamMembers", FORCE_READERS), Map.entry("getGrassrootsMember", FORCE_READERS),
                Map.entry("listGrassrootsMemberChanges", FORCE_READERS),
                Map.entry("createGrassrootsMember", FORCE_WRITERS), Map.entry("updateGrassrootsMember", FORCE_WRITERS),
                Map.entry("deleteGrassrootsMember", FORCE_WRITERS));
    }
}
