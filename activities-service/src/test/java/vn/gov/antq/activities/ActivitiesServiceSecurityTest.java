package vn.gov.antq.activities;

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
class ActivitiesServiceSecurityTest extends SecurityContract {

    private static final Set<String> TIP_READERS = Set.of(Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER,
            Roles.COMMUNE_OFFICER, Roles.TIP_INVESTIGATOR);
    private static final Set<String> TIP_WRITERS = Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER);
    private static final Set<String> ACTIVITY_READERS = Set.of(Roles.MINISTRY_ADMIN, Roles.MINISTRY_ANALYST, Roles.PROVINCE_OFFICER,
            Roles.COMMUNE_OFFICER);
    private static final Set<String> ACTIVITY_WRITERS = Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER);

    @Override
    protected Map<String, Set<String>> accessRules() {
        return Map.ofEntries(
                Map.entry("listAuditEvents", Set.of(Roles.MINISTRY_ADMIN, Roles.PROVINCE_OFFICER)),
                // The commune registry from commons: everyone reads it, the ministry loads the official lists.
                Map.entry("listCommunes", EVERY_ROLE), Map.entry("getCommune", EVERY_ROLE),
                Map.entry("listCommuneSuccessions", EVERY_ROLE), Map.entry("resolveCommune", EVERY_ROLE),
                Map.entry("importCommunes", Set.of(Roles.MINISTRY_ADMIN)), Map.entry("importCommuneSuccessions", Set.of(Roles.MINISTRY_ADMIN)),
                // Tips: investigators read their province's; only they reveal identities.
                Map.entry("listTips", TIP_READERS), Map.entry("getTip", TIP_READERS), Map.entry("listTipChanges", TIP_READERS),
                Map.entry("listTipStatusChanges", TIP_READERS), Map.entry("createTip", TIP_WRITERS), Map.entry("updateTip", TIP_WRITERS),
                Map.entry("changeTipStatus", TIP_WRITERS), Map.entry("revealTipsterIdentity", Set.of(Roles.TIP_INVESTIGATOR)),
                Map.entry("listTipAdditions", TIP_READERS),
                // Citizens follow their tips up without an account, by receipt code and secret.
                Map.entry("submitPublicTip", PUBLIC), Map.entry("readTipByReceipt", PUBLIC), Map.entry("addTipInformation", PUBLIC),
                // Propaganda activities: commune-level records.
                Map.entry("listActivityCodeLists", EVERY_ROLE),
                Map.entry("listActivities", ACTIVITY_READERS), Map.entry("getActivity", ACTIVITY_READERS),
                Map.entry("listActivityChanges", ACTIVITY_READERS),
                Map.entry("createActivity", ACTIVITY_WRITERS), Map.entry("updateActivity", ACTIVITY_WRITERS),
                Map.entry("deleteActivity", ACTIVITY_WRITERS),
                Map.entry("listActivityTallies", ACTIVITY_READERS), Map.entry("getActivityTally", ACTIVITY_READERS),
                Map.entry("listActivityTallyChanges", ACTIVITY_READERS),
                Map.entry("createActivityTally", ACTIVITY_WRITERS), Map.entry("updateActivityTally", ACTIVITY_WRITERS),
                Map.entry("deleteActivityTally", ACTIVITY_WRITERS),
                // Offline upload of activities and tips: whoever writes both; each item then obeys its own scope.
                Map.entry("uploadOfflineBatch", ACTIVITY_WRITERS),
                // Weapon handovers: commune-level records like activities; their tallies and tip tallies like activity tallies.
                Map.entry("listWeaponHandovers", ACTIVITY_READERS), Map.entry("getWeaponHandover", ACTIVITY_READERS),
                Map.entry("listWeaponHandoverChanges", ACTIVITY_READERS),
                Map.entry("createWeaponHandover", ACTIVITY_WRITERS), Map.entry("updateWeaponHandover", ACTIVITY_WRITERS),
                Map.entry("deleteWeaponHandover", ACTIVITY_WRITERS),
                Map.entry("listWeaponHandoverTallies", ACTIVITY_READERS), Map.entry("getWeaponHandoverTally", ACTIVITY_READERS),
                Map.entry("listWeaponHandoverTallyChanges", ACTIVITY_READERS),
                Map.entry("createWeaponHandoverTally", ACTIVITY_WRITERS), Map.entry("updateWeaponHandoverTally", ACTIVITY_WRITERS),
                Map.entry("deleteWeaponHandoverTally", ACTIVITY_WRITERS),
                Map.entry("listTipTallies", ACTIVITY_READERS), Map.entry("getTipTally", ACTIVITY_READERS),
                Map.entry("listTipTallyChanges", ACTIVITY_READERS),
                Map.entry("createTipTally", ACTIVITY_WRITERS), Map.entry("updateTipTally", ACTIVITY_WRITERS),
                Map.entry("deleteTipTally", ACTIVITY_WRITERS),
                // Statistics: counts only, read by every role within its aggregate scope (partner systems included).
                Map.entry("getActivityStatistics", EVERY_ROLE), Map.entry("getTipStatistics", EVERY_ROLE),
                Map.entry("getWeaponHandoverStatistics", EVERY_ROLE));
    }
}
