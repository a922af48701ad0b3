package org.imagoclinic.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import net.datafaker.Faker;

/**
 * The demo clinic as the steps plan it: its staff and couples, and the timeline of actions that makes
 * them real through the modules' APIs. Everything random comes from the seed, so the same seed plans
 * the same clinic.
 */
public final class DemoClinic {

    /**
     * One thing to do at one time, as one user.
     *
     * @param at the clinic's wall-clock time it happens at (the clock is moved there)
     * @param username the staff member who does it
     * @param what for the log when it fails, e.g. "book the intake of couple 12"
     */
    public record Action(LocalDateTime at, String username, String what, Runnable work, int order) {
    }

    private final long seed;
    private final LocalDateTime now;
    private final LocalDate today;
    private final int coupleCount;
    private final int months;
    private final List<DemoStaffMember> staff = new ArrayList<>();
    private final List<DemoCouple> couples = new ArrayList<>();
    private final List<Action> timeline = new ArrayList<>();

    /**
     * @param now the clinic's real wall-clock time: history lies before it, the booked weeks after it
     * @param months how far back the history goes
     */
    public DemoClinic(long seed, LocalDateTime now, int coupleCount, int months) {
        this.seed = seed;
        this.now = now;
        this.today = now.toLocalDate();
        this.coupleCount = coupleCount;
        this.months = months;
    }

    /** A random source of its own for each purpose, so that one step's changes don't reshuffle another's. */
    public Random random(String purpose) {
        return new Random(seed * 31 + purpose.hashCode());
    }

    /** Fake names and addresses, British English, for one purpose. */
    public Faker faker(String purpose) {
        return new Faker(Locale.UK, random("faker:" + purpose));
    }

    public long seed() {
        return seed;
    }

    /** The real time at which the clinic is generated: sessions before it have happened. */
    public LocalDateTime now() {
        return now;
    }

    public LocalDate today() {
        return today;
    }

    /** The first day of the history. */
    public LocalDate historyStarts() {
        return today.minusMonths(months);
    }

    public int coupleCount() {
        return coupleCount;
    }

    public List<DemoStaffMember> staff() {
        return staff;
    }

    /** The staff holding a role, in the order they were planned. */
    public List<DemoStaffMember> staffWith(String role) {
        return staff.stream().filter(member -> member.hasRole(role)).toList();
    }

    public DemoStaffMember staffMember(Predicate<DemoStaffMember> which) {
        return staff.stream().filter(which).findFirst().orElseThrow();
    }

    public List<DemoCouple> couples() {
        return couples;
    }

    /** Puts an action on the timeline; actions at the same time keep the order they were added in. */
    public void at(LocalDateTime when, String username, String what, Runnable work) {
        timeline.add(new Action(when, username, what, work, timeline.size()));
    }

    /** Every action, by time. */
    public List<Action> timeline() {
        return timeline.stream().sorted(Comparator.comparing(Action::at).thenComparing(Action::order)).toList();
    }
}
