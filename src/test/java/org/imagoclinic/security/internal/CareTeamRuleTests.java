package org.imagoclinic.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The care-team rule for every role against every kind of record, from every relationship a person
 * can have to a couple. Each row: who asks, how they stand to the couple, what they may see.
 */
class CareTeamRuleTests {

    private static final UUID ME = UUID.randomUUID();
    private static final UUID COLLEAGUE = UUID.randomUUID();

    /** How the person asking stands to the couple. */
    enum Relation {
        ON_CARE_TEAM, SUPERVISES_THE_THERAPIST, BREAK_GLASS, NONE
    }

    /** Who asks: roles, and whether they may see clinical content from each relation. */
    record Asker(String name, Set<String> roles, Set<Relation> clinicalFrom) {
    }

    static final List<Asker> ASKERS = List.of(
            new Asker("front desk", Set.of(Roles.FRONT_DESK), Set.of()),
            new Asker("administrator", Set.of(Roles.ADMIN), Set.of()),
            new Asker("therapist", Set.of(Roles.THERAPIST),
                    Set.of(Relation.ON_CARE_TEAM, Relation.BREAK_GLASS)),
            new Asker("supervisor", Set.of(Roles.SUPERVISOR),
                    Set.of(Relation.ON_CARE_TEAM, Relation.SUPERVISES_THE_THERAPIST, Relation.BREAK_GLASS)),
            new Asker("supervisor who is also a therapist", Set.of(Roles.SUPERVISOR, Roles.THERAPIST),
                    Set.of(Relation.ON_CARE_TEAM, Relation.SUPERVISES_THE_THERAPIST, Relation.BREAK_GLASS)),
            new Asker("administrator who is also a therapist", Set.of(Roles.ADMIN, Roles.THERAPIST),
                    Set.of(Relation.ON_CARE_TEAM, Relation.BREAK_GLASS)),
            new Asker("front desk who is also a therapist", Set.of(Roles.FRONT_DESK, Roles.THERAPIST),
                    Set.of(Relation.ON_CARE_TEAM, Relation.BREAK_GLASS)));

    static Stream<Arguments> everyRoleRelationAndKind() {
        List<Arguments> rows = new ArrayList<>();
        for (Asker asker : ASKERS) {
            for (Relation relation : Relation.values()) {
                for (RecordKind kind : RecordKind.values()) {
                    boolean expected = !kind.clinical() || asker.clinicalFrom().contains(relation);
                    rows.add(Arguments.of(asker.name(), asker.roles(), relation, kind, expected));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {2} → {3}: {4}")
    @MethodSource("everyRoleRelationAndKind")
    void decides(String who, Set<String> roles, Relation relation, RecordKind kind, boolean allowed) {
        Set<UUID> careTeam = relation == Relation.ON_CARE_TEAM ? Set.of(ME) : Set.of(COLLEAGUE);
        Set<UUID> supervisees = relation == Relation.SUPERVISES_THE_THERAPIST ? Set.of(COLLEAGUE) : Set.of();

        var decision = CareTeamRule.decide(new CareTeamRule.Request(roles, Optional.of(ME), kind, careTeam, supervisees,
                relation == Relation.BREAK_GLASS));

        assertThat(decision.allowed()).as(decision.reason()).isEqualTo(allowed);
        assertThat(decision.reason()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clinicalKinds")
    void aClinicianWhoseAccountHasNoStaffEntryIsOnNoCareTeam(RecordKind kind) {
        var decision = CareTeamRule.decide(new CareTeamRule.Request(Set.of(Roles.THERAPIST), Optional.empty(), kind,
                Set.of(ME), Set.of(), true));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).contains("not linked to a staff member");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clinicalKinds")
    void theFrontDeskIsToldWhatItMayNotSee(RecordKind kind) {
        var decision = CareTeamRule.decide(new CareTeamRule.Request(Set.of(Roles.FRONT_DESK), Optional.of(ME), kind,
                Set.of(ME), Set.of(), false));

        assertThat(decision.reason()).isEqualTo("The front desk does not see clinical content such as "
                + kind.description() + ".");
    }

    /**
     * Who may set a couple's care team (ADR 0028), from each relation: the front desk and
     * administrators whatever their relation; a supervisor only from the care team itself; a
     * therapist without another role never; supervision and break-glass never count.
     */
    static Stream<Arguments> everyRoleAndRelationForAssigning() {
        List<Arguments> rows = new ArrayList<>();
        for (Asker asker : ASKERS) {
            Set<String> roles = asker.roles();
            boolean clinician = roles.contains(Roles.THERAPIST) || roles.contains(Roles.SUPERVISOR);
            boolean assigner = roles.contains(Roles.FRONT_DESK) || roles.contains(Roles.SUPERVISOR)
                    || roles.contains(Roles.ADMIN);
            for (Relation relation : Relation.values()) {
                boolean expected = assigner && (!clinician || relation == Relation.ON_CARE_TEAM);
                rows.add(Arguments.of(asker.name(), roles, relation, expected));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {2} assigns therapists: {3}")
    @MethodSource("everyRoleAndRelationForAssigning")
    void decidesWhoSetsTheCareTeam(String who, Set<String> roles, Relation relation, boolean allowed) {
        // supervision and break-glass are not even an input: the rule cannot be talked into them
        Set<UUID> careTeam = relation == Relation.ON_CARE_TEAM ? Set.of(ME) : Set.of(COLLEAGUE);

        var decision = CareTeamRule.decideAssignment(roles, Optional.of(ME), careTeam);

        assertThat(decision.allowed()).as(decision.reason()).isEqualTo(allowed);
        assertThat(decision.reason()).isNotBlank();
    }

    @org.junit.jupiter.api.Test
    void aSupervisorOnTheTeamWithoutAStaffEntryIsNotOnIt() {
        assertThat(CareTeamRule.decideAssignment(Set.of(Roles.SUPERVISOR), Optional.empty(), Set.of(ME)).allowed())
                .isFalse();
    }

    static Stream<RecordKind> clinicalKinds() {
        return Stream.of(RecordKind.values()).filter(RecordKind::clinical);
    }
}
