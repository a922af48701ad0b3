package org.imagoclinic.demo.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.datafaker.Faker;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoStaffMember;
import org.imagoclinic.security.Roles;
import org.imagoclinic.staff.Discipline;
import org.imagoclinic.staff.StaffMemberDetails;
import org.imagoclinic.staff.TherapistDetails;
import org.jspecify.annotations.Nullable;

/**
 * The demo clinic's staff: the four demo sign-ins the README names (kept as they are) and, from the
 * seed, seven more therapists (one under supervision, like Dr Lee), a second supervisor and a second
 * front-desk colleague: eight therapists, two supervisors, two at the front desk, one administrator.
 */
final class StaffPlanner {

    /** Someone to add to the directory, or one of the four demo sign-ins already there ({@code details} null). */
    record Planned(DemoStaffMember member, @Nullable StaffMemberDetails details, @Nullable String supervisedBy) {
    }

    static final String EXISTING_ADMIN = "admin";
    static final String EXISTING_FRONT_DESK = "frontdesk";
    static final String EXISTING_THERAPIST = "therapist";
    static final String EXISTING_SUPERVISOR = "supervisor";

    private static final List<String> COLOURS = List.of("#1565c0", "#c62828", "#ef6c00", "#00838f", "#ad1457",
            "#4e342e", "#558b2f", "#283593");
    private static final List<String> CREDENTIALS = List.of("LMFT, Certified Imago Therapist",
            "MA, Certified Imago Therapist", "PsyD, Certified Imago Therapist", "LCSW, Certified Imago Therapist",
            "MSc, Imago therapist in training", "MA, UKCP, Certified Imago Therapist");

    private StaffPlanner() {
    }

    static List<Planned> plan(DemoClinic clinic) {
        Faker faker = clinic.faker("staff");
        Random random = clinic.random("staff");
        Set<String> taken = new HashSet<>(Set.of("ellis", "shah", "lee", "okafor"));
        List<Planned> planned = new ArrayList<>();
        planned.add(existing(EXISTING_ADMIN, "Morgan Ellis", Roles.ADMIN));
        planned.add(existing(EXISTING_FRONT_DESK, "Priya Shah", Roles.FRONT_DESK));
        Planned lee = existing(EXISTING_THERAPIST, "Dr Daniel Lee", Roles.THERAPIST);
        lee.member().supervisedBy(EXISTING_SUPERVISOR); // as the demo sign-ins have it (DemoSignIns)
        planned.add(lee);
        planned.add(existing(EXISTING_SUPERVISOR, "Dr Helen Okafor", Roles.SUPERVISOR, Roles.THERAPIST));
        Planned supervisor = person(faker, random, taken, "Dr", Set.of(Roles.SUPERVISOR, Roles.THERAPIST), 0, false, null);
        planned.add(supervisor);
        for (int i = 1; i <= 7; i++) {
            boolean trainee = i == 7;
            planned.add(person(faker, random, taken, random.nextInt(3) == 0 ? "Dr" : null, Set.of(Roles.THERAPIST), i,
                    trainee, trainee ? supervisor.member().username() : null));
        }
        planned.add(person(faker, random, taken, null, Set.of(Roles.FRONT_DESK), 0, false, null));
        return planned;
    }

    private static Planned existing(String username, String name, String... roles) {
        return new Planned(new DemoStaffMember(username, name, Set.of(roles)), null, null);
    }

    private static Planned person(Faker faker, Random random, Set<String> taken, @Nullable String title,
                                  Set<String> roles, int colour, boolean underSupervision, @Nullable String supervisor) {
        String first;
        String last;
        do {
            first = faker.name().firstName();
            last = faker.name().lastName();
        } while (!taken.add(plain(last)));
        String username = (plain(first).charAt(0) + plain(last)).substring(0, Math.min(20, plain(last).length() + 1));
        TherapistDetails therapist = roles.contains(Roles.THERAPIST)
                ? new TherapistDetails(underSupervision ? "MSc, Imago therapist in training"
                : CREDENTIALS.get(random.nextInt(CREDENTIALS.size() - 1)), "DEMO " + (100000 + random.nextInt(900000)), null,
                Discipline.values()[random.nextInt(4)], COLOURS.get(colour), underSupervision)
                : null;
        String name = (title == null ? "" : title + " ") + first + " " + last;
        StaffMemberDetails details = new StaffMemberDetails(title, first, last,
                plain(first) + "." + plain(last) + "@demo.imagoclinic.org", "+44 20 7946 " + (1000 + random.nextInt(9000)),
                roles, username, therapist);
        DemoStaffMember member = new DemoStaffMember(username, name, roles);
        if (supervisor != null) {
            member.supervisedBy(supervisor);
        }
        return new Planned(member, details, supervisor);
    }

    /** Lower-case letters only, e.g. "O'Neill" → "oneill", for user names and addresses. */
    static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
