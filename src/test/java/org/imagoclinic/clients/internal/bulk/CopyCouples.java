package org.imagoclinic.clients.internal.bulk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.imagoclinic.clients.BulkCouples;
import org.imagoclinic.clients.EpisodeEnding;
import org.imagoclinic.clients.LifeStage;
import org.imagoclinic.shared.CopyWriter;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** {@link BulkCouples} through COPY into {@code clients.*}, in the shape the module's own writes give. */
@Component
@Profile("scale")
class CopyCouples implements BulkCouples {

    private static final String[] FIRST = {"Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Robin", "Jamie",
        "Priya", "Ana", "Lucas", "Mia", "Noah", "Amara", "Kenji", "Fatima", "Oliver", "Chloe", "Mateo", "Ingrid"};
    private static final String[] LAST = {"Smith", "Jones", "Okafor", "Garcia", "Nguyen", "Müller", "Rossi", "Kowalski",
        "Haddad", "Silva", "Cohen", "Larsen", "Novak", "Dubois", "Tanaka", "Kaur", "O'Brien", "Andersson", "Costa", "Ali"};
    private static final String BY = "scale-generator";

    private final DataSource dataSource;
    private final Clock clock;

    CopyCouples(DataSource dataSource, Clock clinicClock) {
        this.dataSource = dataSource;
        this.clock = clinicClock;
    }

    @Override
    public List<Created> create(List<Plan> plans, long seed) {
        Random random = new Random(seed);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Created> created = new ArrayList<>(plans.size());
        try (CopyWriter persons = new CopyWriter(dataSource, "clients.person", "id", "first_name", "last_name",
                "date_of_birth", "email", "phone", "created_at", "updated_at")) {
            for (int i = 0; i < plans.size(); i++) {
                Plan plan = plans.get(i);
                UUID a = UUID.randomUUID();
                UUID b = UUID.randomUUID();
                person(persons, random, a, i, "a", now);
                person(persons, random, b, i, "b", now);
                created.add(new Created(UUID.randomUUID(), a, b, UUID.randomUUID(), plan.therapistId(), plan.openedOn(),
                        plan.closedOn(), LifeStage.COMMUNICATION_BREAKDOWN,
                        plan.closedOn() == null ? null : EpisodeEnding.COMPLETED));
            }
        }
        try (CopyWriter couples = new CopyWriter(dataSource, "clients.couple", "id", "partner_a_id", "partner_b_id",
                "relationship_status", "together_since", "children_count", "confidentiality_policy", "screening_status",
                "registered_at", "registered_by", "updated_at")) {
            for (Created couple : created) {
                couples.row(couple.coupleId(), couple.partnerAId(), couple.partnerBId(), "MARRIED",
                        LocalDate.of(1990 + random.nextInt(30), 1 + random.nextInt(12), 1), random.nextInt(4),
                        "NO_SECRETS", "CLEAR", couple.registeredOn().atStartOfDay().atOffset(ZoneOffset.UTC), BY, now);
            }
        }
        // CLEAR as the module would have it: each partner screened, nothing of concern
        try (CopyWriter screens = new CopyWriter(dataSource, "clients.screen", "id", "couple_id", "partner_id",
                "screened_on", "intimate_partner_violence", "coercive_control", "affair", "substance_dependence",
                "acute_crisis", "recorded_at", "recorded_by")) {
            for (Created couple : created) {
                for (UUID person : List.of(couple.partnerAId(), couple.partnerBId())) {
                    screens.row(UUID.randomUUID(), couple.coupleId(), person, couple.openedOn(), "NONE", "NONE", "NONE",
                            "NONE", false, now, BY);
                }
            }
        }
        try (CopyWriter intakes = new CopyWriter(dataSource, "clients.intake", "couple_id", "presenting_concerns",
                "life_stage", "goals", "updated_at", "updated_by")) {
            for (Created couple : created) {
                intakes.row(couple.coupleId(), "We keep having the same argument.", couple.lifeStage().name(),
                        "To listen to each other again.", now, BY);
            }
        }
        try (CopyWriter consents = new CopyWriter(dataSource, "clients.consent", "id", "couple_id", "person_id", "kind",
                "given", "decided_on", "recorded_at", "recorded_by_account", "recorded_by")) {
            UUID account = new UUID(0, 0);
            for (Created couple : created) {
                for (UUID person : List.of(couple.partnerAId(), couple.partnerBId())) {
                    consents.row(UUID.randomUUID(), couple.coupleId(), person, "TREATMENT", true, couple.openedOn(), now,
                            account, BY);
                }
            }
        }
        try (CopyWriter episodes = new CopyWriter(dataSource, "clients.episode", "id", "couple_id", "status", "opened_on",
                "started_on", "closed_on", "ending", "closing_reason", "primary_therapist_id", "created_at", "updated_at")) {
            for (Created couple : created) {
                boolean closed = couple.closedOn() != null;
                episodes.row(couple.episodeId(), couple.coupleId(), closed ? "CLOSED" : "ACTIVE", couple.openedOn(),
                        couple.openedOn(), couple.closedOn(), closed ? couple.ending().name() : null,
                        closed ? "Completed the planned work." : null, couple.therapistId(), now, now);
            }
        }
        return created;
    }

    private static void person(CopyWriter persons, Random random, UUID id, int index, String side, OffsetDateTime now) {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        persons.row(id, first, last, LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                first.toLowerCase() + "." + index + side + "@example.org", null, now, now);
    }
}
