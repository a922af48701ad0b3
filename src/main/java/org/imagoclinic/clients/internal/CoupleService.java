package org.imagoclinic.clients.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.ConsentEntry;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.CoupleRegistered;
import org.imagoclinic.clients.CoupleRegistration;
import org.imagoclinic.clients.CoupleSummary;
import org.imagoclinic.clients.CoupleUpdate;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.clients.Intake;
import org.imagoclinic.clients.IntakeDetails;
import org.imagoclinic.clients.NewEpisode;
import org.imagoclinic.clients.NewPartner;
import org.imagoclinic.clients.PartnerDetails;
import org.imagoclinic.clients.PartnerSlot;
import org.imagoclinic.clients.PersonMatch;
import org.imagoclinic.clients.PossibleDuplicatePerson;
import org.imagoclinic.clients.Screenings;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.CurrentUser.SignedInAccount;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.security.SupervisionDirectory;
import org.imagoclinic.shared.ConflictException;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize(Access.ANY_ROLE)
class CoupleService implements Couples {

    private final CoupleRepository couples;
    private final PersonRepository persons;
    private final EpisodeRepository episodes;
    private final EpisodesOfCare episodesOfCare;
    private final Screenings screenings;
    private final ClinicalAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ObjectProvider<SupervisionDirectory> supervision;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CoupleService(CoupleRepository couples, PersonRepository persons, EpisodeRepository episodes,
                  EpisodesOfCare episodesOfCare, Screenings screenings, ClinicalAccess access, AuditTrail audit,
                  CurrentUser currentUser, ObjectProvider<SupervisionDirectory> supervision,
                  ApplicationEventPublisher events, Clock clock) {
        this.couples = couples;
        this.persons = persons;
        this.episodes = episodes;
        this.episodesOfCare = episodesOfCare;
        this.screenings = screenings;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.supervision = supervision;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize(Access.REGISTRARS)
    public Couple register(CoupleRegistration registration) {
        UUID coupleId = UUID.randomUUID();
        if (registration.primaryTherapistId() != null || registration.coTherapistId() != null) {
            // before anything else: naming the therapists sets the new couple's care team (ADR 0028)
            access.requireCareTeamAssignment(coupleId, AuditAction.CREATE, Access.COUPLE, coupleId);
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, String> problems = RegistrationRules.registrationProblems(registration, today);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RecordedBy me = RecordedBy.current(currentUser);
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID partnerA = resolve(PartnerSlot.A, registration.partnerA(), now);
        UUID partnerB = resolve(PartnerSlot.B, registration.partnerB(), now);
        if (partnerA.equals(partnerB)) {
            throw new InvalidInputException("partnerB", "Partner B is the same person as partner A: a couple is two "
                    + "different people.");
        }
        couples.findByPartners(partnerA, partnerB).ifPresent(existing -> {
            throw new ConflictException("These two people are already registered as a couple ("
                    + couples.find(existing).map(StoredCouple::displayName).orElse("") + "): open their page instead.");
        });

        couples.insert(coupleId, partnerA, partnerB, registration.relationship(), me.name(), now);
        IntakeDetails intake = registration.intake() == null ? IntakeDetails.empty() : registration.intake();
        couples.saveIntake(coupleId, intake, me.name(), now);
        for (ConsentEntry consent : registration.consents()) {
            couples.insertConsent(coupleId, consent.partner() == PartnerSlot.A ? partnerA : partnerB, consent,
                    consent.on() == null ? today : consent.on(), me, now);
        }
        // Registration writes the intake it was told; reading it back is for the care team (ADR 0012).
        audit.record(new AuditRecord(AuditAction.CREATE, Access.COUPLE, coupleId.toString(), coupleId,
                AuditOutcome.ALLOWED, "registered with intake details and " + registration.consents().size()
                + " consent(s)"));
        events.publishEvent(new CoupleRegistered(coupleId, partnerA, partnerB, today,
                registration.relationship().status(), intake.lifeStage(), Text.tags(intake.concernTags()),
                Text.clean(registration.relationship().referralSource()),
                registration.relationship().confidentialityPolicy()));

        if (registration.primaryTherapistId() != null) {
            episodesOfCare.open(coupleId, new NewEpisode(today, registration.primaryTherapistId(),
                    registration.coTherapistId()));
        }
        if (registration.screen() != null) {
            if (!access.may(RecordKind.SCREENING, coupleId)) {
                throw new InvalidInputException("screen", "Only a therapist on the couple's care team records the "
                        + "screen: leave it to the therapist the couple is assigned to.");
            }
            screenings.record(coupleId, registration.screen());
        }
        return get(coupleId);
    }

    @Override
    @Transactional
    @PreAuthorize(Access.REGISTRARS)
    public Couple update(UUID coupleId, CoupleUpdate update) {
        StoredCouple couple = existing(coupleId);
        requireKeeperOfDetails(coupleId, Access.COUPLE);
        if (update != null && update.relationship() != null && update.relationship().confidentialityPolicy() != null
                && update.relationship().confidentialityPolicy() != couple.relationship().confidentialityPolicy()) {
            throw new ConflictException("The confidentiality policy can't change here: it was agreed at registration, "
                    + "and changing it is a clinical decision the couple's therapist records with both partners' "
                    + "consent. Nothing was changed.");
        }
        Map<String, String> problems = RegistrationRules.updateProblems(update, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        persons.update(couple.partnerA().personId(), update.partnerA(), now);
        persons.update(couple.partnerB().personId(), update.partnerB(), now);
        couples.updateRelationship(coupleId, update.relationship(), now);
        audit.record(new AuditRecord(AuditAction.UPDATE, Access.COUPLE, coupleId.toString(), coupleId,
                AuditOutcome.ALLOWED, "partners' details and relationship"));
        return get(coupleId);
    }

    @Override
    @Transactional
    @PreAuthorize(Access.REGISTRARS)
    public Couple recordConsents(UUID coupleId, List<ConsentEntry> consents) {
        StoredCouple couple = existing(coupleId);
        requireKeeperOfDetails(coupleId, Access.CONSENT);
        LocalDate today = LocalDate.now(clock);
        List<ConsentEntry> entries = consents == null ? List.of() : consents;
        Map<String, String> problems = RegistrationRules.consentProblems("consents", entries, today);
        if (entries.isEmpty()) {
            problems.put("consents", "Record at least one consent.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        RecordedBy me = RecordedBy.current(currentUser);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (ConsentEntry consent : entries) {
            couples.insertConsent(coupleId, couple.partner(consent.partner()).personId(), consent,
                    consent.on() == null ? today : consent.on(), me, now);
        }
        audit.record(new AuditRecord(AuditAction.UPDATE, Access.CONSENT, coupleId.toString(), coupleId,
                AuditOutcome.ALLOWED, entries.stream()
                        .map(c -> c.kind().label() + " " + (c.given() ? "given" : "withdrawn") + " by partner " + c.partner())
                        .collect(Collectors.joining("; "))));
        return get(coupleId);
    }

    @Override
    @Transactional(readOnly = true)
    public Couple get(UUID coupleId) {
        StoredCouple couple = existing(coupleId);
        access.require(RecordKind.COUPLE_CONTACTS, coupleId, AuditAction.VIEW, Access.COUPLE, coupleId);
        return new Couple(coupleId, couple.displayName(), couple.partnerA(), couple.partnerB(), couple.relationship(),
                couples.consents(coupleId), episodes.of(coupleId), couple.screeningStatus().hold(),
                couple.registeredAt(), couple.registeredBy());
    }

    @Override
    @Transactional
    public List<CoupleSummary> find(CoupleQuery query, int offset, int limit) {
        Collection<UUID> scope = flagScope(query);
        List<CoupleSummary> page = couples.find(query, scope, Math.max(0, offset), Math.clamp(limit, 1, 500));
        if (query.flag() != null) {
            // a flag filter shows screening content of each couple it lists: audited like any other read
            page.forEach(couple -> access.require(RecordKind.SCREENING, couple.id(), AuditAction.VIEW,
                    "ScreeningFlags", couple.id()));
        }
        return page;
    }

    @Override
    @Transactional(readOnly = true)
    public int count(CoupleQuery query) {
        return couples.count(query, flagScope(query));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> therapistsWithCouples() {
        return couples.therapistsWithCouples();
    }

    @Override
    @Transactional // the read is audited
    public Intake intakeOf(UUID coupleId) {
        existing(coupleId);
        access.require(RecordKind.INTAKE, coupleId, AuditAction.VIEW, Access.INTAKE, coupleId);
        return couples.intake(coupleId).orElseThrow(() -> new NotFoundException("This couple has no intake on record."));
    }

    @Override
    @Transactional
    public Intake updateIntake(UUID coupleId, IntakeDetails details) {
        existing(coupleId);
        access.require(RecordKind.INTAKE, coupleId, AuditAction.UPDATE, Access.INTAKE, coupleId);
        if (details == null) {
            throw new InvalidInputException("", "Enter the intake details.");
        }
        Map<String, String> problems = RegistrationRules.intakeProblems("", details);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        couples.saveIntake(coupleId, details, RecordedBy.current(currentUser).name(), OffsetDateTime.now(clock));
        return couples.intake(coupleId).orElseThrow();
    }

    /**
     * The front desk keeps every couple's personal details and consents; a clinician only those of a
     * couple whose clinical records the care-team rule opens to them (their care team, a supervisee's,
     * break-glass), the same test as for the intake. Audited, allowed or refused.
     */
    private void requireKeeperOfDetails(UUID coupleId, String subjectType) {
        RecordKind kind = currentUser.require().hasRole(Roles.FRONT_DESK) ? RecordKind.COUPLE_CONTACTS : RecordKind.INTAKE;
        access.require(kind, coupleId, AuditAction.UPDATE, subjectType, coupleId);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(Access.REGISTRARS)
    public List<PersonMatch> matchingPersons(PartnerDetails details) {
        return details == null ? List.of() : persons.matches(details);
    }

    private UUID resolve(PartnerSlot slot, NewPartner partner, OffsetDateTime now) {
        String field = slot.field();
        if (partner.existingPersonId() != null) {
            UUID personId = partner.existingPersonId();
            if (persons.find(personId).isEmpty()) {
                throw new InvalidInputException(field + ".existingPersonId", "The clinic knows no person with this id.");
            }
            persons.update(personId, partner.details(), now);
            audit.record(AuditRecord.allowed(AuditAction.UPDATE, Access.PERSON, personId)
                    .because("linked as partner " + slot + " of a new couple"));
            return personId;
        }
        List<PersonMatch> matches = persons.matches(partner.details());
        if (!matches.isEmpty() && !partner.confirmedNewPerson()) {
            throw new PossibleDuplicatePerson(slot, matches);
        }
        UUID personId = persons.insert(partner.details(), now);
        audit.record(AuditRecord.allowed(AuditAction.CREATE, Access.PERSON, personId)
                .because(matches.isEmpty() ? "new partner " + slot
                        : "new partner " + slot + ", confirmed different from " + matches.size() + " similar person(s)"));
        return personId;
    }

    /**
     * Where a flag filter may look: the couples of the signed-in clinician and, for a supervisor, of
     * their supervisees. Null when there is no flag filter.
     */
    private @Nullable Collection<UUID> flagScope(CoupleQuery query) {
        if (query.flag() == null) {
            return null;
        }
        SignedInAccount me = currentUser.require();
        boolean clinician = me.hasRole(Roles.THERAPIST) || me.hasRole(Roles.SUPERVISOR);
        if (!clinician || me.staffId().isEmpty()) {
            throw new ExplainedRefusal("Screening flags are clinical content: only therapists and supervisors "
                    + "linked to a staff member filter by them, among their own couples.");
        }
        Set<UUID> scope = new LinkedHashSet<>();
        scope.add(me.staffId().get());
        SupervisionDirectory directory = supervision.getIfAvailable();
        if (me.hasRole(Roles.SUPERVISOR) && directory != null) {
            scope.addAll(directory.currentSuperviseesOf(me.staffId().get()));
        }
        return scope;
    }

    private StoredCouple existing(UUID coupleId) {
        return couples.find(coupleId).orElseThrow(() -> new NotFoundException("No couple with this id is registered."));
    }
}
