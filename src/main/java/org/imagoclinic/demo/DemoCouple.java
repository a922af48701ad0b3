package org.imagoclinic.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.imagoclinic.clients.CoupleRegistration;
import org.imagoclinic.clients.NewPartner;
import org.imagoclinic.clients.NewScreen;
import org.jspecify.annotations.Nullable;

/**
 * A couple of the demo clinic: who they are, how their care goes ({@link CarePath}) and their
 * sessions, as planned from the seed; their ids are known once the timeline has registered them.
 * Later steps (measures, Imago records, notes) plan around {@link #sessions()}.
 */
public final class DemoCouple {

    private final int number;
    private final CoupleRegistration registration;
    private final CarePath path;
    private final @Nullable DemoStaffMember therapist;
    private final LocalDateTime registeredAt;
    private final List<NewScreen> screens;
    private final List<DemoSession> sessions = new ArrayList<>();
    private @Nullable LocalDate endedOn;
    private @Nullable LocalDateTime activeFrom;
    private @Nullable UUID coupleId;
    private @Nullable UUID episodeId;
    private @Nullable UUID partnerAId;
    private @Nullable UUID partnerBId;

    /**
     * @param number its place in the plan, from 1
     * @param registration as the front desk enters it (without therapist; the timeline adds it)
     * @param therapist the primary therapist; none while waiting
     * @param screens each partner's suitability screen the therapist records at intake, if the couple gets that far
     */
    public DemoCouple(int number, CoupleRegistration registration, CarePath path, @Nullable DemoStaffMember therapist,
                      LocalDateTime registeredAt, List<NewScreen> screens) {
        this.number = number;
        this.registration = registration;
        this.path = path;
        this.therapist = therapist;
        this.registeredAt = registeredAt;
        this.screens = List.copyOf(screens);
    }

    public int number() {
        return number;
    }

    public CoupleRegistration registration() {
        return registration;
    }

    public CarePath path() {
        return path;
    }

    public @Nullable DemoStaffMember therapist() {
        return therapist;
    }

    public LocalDateTime registeredAt() {
        return registeredAt;
    }

    /** Partner A's screen, then partner B's; empty when the couple is not screened. */
    public List<NewScreen> screens() {
        return screens;
    }

    /** Intake first, then the joint sessions, by start. */
    public List<DemoSession> sessions() {
        return sessions;
    }

    /** The day care paused or ended, for those paths that pause or end. */
    public @Nullable LocalDate endedOn() {
        return endedOn;
    }

    public void endedOn(LocalDate day) {
        this.endedOn = day;
    }

    /** When the episode became active (joint work began), for paths that get that far. */
    public @Nullable LocalDateTime activeFrom() {
        return activeFrom;
    }

    public void activeFrom(LocalDateTime when) {
        this.activeFrom = when;
    }

    /** The name the clinic shows, e.g. "Smith &amp; Jones". */
    public String lastNames() {
        return partnerA().details().lastName() + " & " + partnerB().details().lastName();
    }

    public UUID coupleId() {
        if (coupleId == null) {
            throw new IllegalStateException("Couple " + number + " has not been registered yet");
        }
        return coupleId;
    }

    public @Nullable UUID episodeId() {
        return episodeId;
    }

    public void registered(UUID id, @Nullable UUID episode, UUID partnerA, UUID partnerB) {
        this.coupleId = id;
        this.episodeId = episode;
        this.partnerAId = partnerA;
        this.partnerBId = partnerB;
    }

    /** The person id of partner A (the first registered), once registered. */
    public UUID partnerAId() {
        coupleId();
        return Objects.requireNonNull(partnerAId);
    }

    /** The person id of partner B, once registered. */
    public UUID partnerBId() {
        coupleId();
        return Objects.requireNonNull(partnerBId);
    }

    /** Partner A's first name, for the clinical prose of later steps. */
    public String firstNameA() {
        return partnerA().details().firstName();
    }

    /** Partner B's first name. */
    public String firstNameB() {
        return partnerB().details().firstName();
    }

    private NewPartner partnerA() {
        return Objects.requireNonNull(registration.partnerA(), "a demo couple is registered with both partners");
    }

    private NewPartner partnerB() {
        return Objects.requireNonNull(registration.partnerB(), "a demo couple is registered with both partners");
    }
}
