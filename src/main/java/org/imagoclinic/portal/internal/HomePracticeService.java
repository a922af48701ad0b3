package org.imagoclinic.portal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.imagoclinic.assessments.HomePracticeLists;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.portal.HomePractice;
import org.imagoclinic.portal.HomePracticeLogged;
import org.imagoclinic.portal.PortalAccount;
import org.imagoclinic.portal.PortalAccountStatus;
import org.imagoclinic.portal.PortalSession;
import org.imagoclinic.portal.PortalSession.SignedInPartner;
import org.imagoclinic.portal.PracticeEntry;
import org.imagoclinic.portal.PracticeEntry.GiftKept;
import org.imagoclinic.portal.PracticeEntry.Kind;
import org.imagoclinic.portal.PracticeEntry.TemperatureReadingParts;
import org.imagoclinic.clients.CoupleQuery;
import org.imagoclinic.clients.CoupleSummary;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.security.ClinicalAccess;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.RecordKind;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.InputLimits;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Home practice logs; see {@link HomePractice}. A partner only ever writes and reads as themselves. */
@Service
class HomePracticeService implements HomePractice {

    static final String SUBJECT = "HomePractice";
    /** More couples than any one clinician's caseload. */
    private static final int CASELOAD_LIMIT = 500;

    private final PortalSession session;
    private final PracticeRepository entries;
    private final PortalAccountRepository accounts;
    private final Couples couples;
    private final CurrentUser currentUser;
    private final HomePracticeLists lists;
    private final ClinicalAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int quietAfterDays;

    HomePracticeService(PortalSession session, PracticeRepository entries, PortalAccountRepository accounts,
                        Couples couples, CurrentUser currentUser, HomePracticeLists lists,
                        ClinicalAccess access, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
                        @Value("${imago.portal.stopped-practising-after-days:" + DEFAULT_QUIET_DAYS + "}") int quietAfterDays) {
        this.session = session;
        this.entries = entries;
        this.accounts = accounts;
        this.couples = couples;
        this.currentUser = currentUser;
        this.lists = lists;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.quietAfterDays = quietAfterDays;
    }

    @Override
    @Transactional(readOnly = true)
    public Choices choices() {
        SignedInPartner me = session.require();
        return new Choices(lists.caringBehavioursToGive(me.coupleId(), me.personId()),
                lists.giftsToGive(me.coupleId(), me.personId()));
    }

    @Override
    @Transactional
    public PracticeEntry logTemperatureReading(LocalDate day, TemperatureReadingParts parts) {
        SignedInPartner me = session.require();
        Map<String, String> problems = new LinkedHashMap<>();
        checkDay(problems, day);
        TemperatureReadingParts cleaned = new TemperatureReadingParts(clean(parts.appreciations()),
                clean(parts.newInformation()), clean(parts.puzzles()), clean(parts.complaints()), clean(parts.wishes()));
        InputLimits.checkText(problems, "appreciations", cleaned.appreciations(), InputLimits.TEXT);
        InputLimits.checkText(problems, "newInformation", cleaned.newInformation(), InputLimits.TEXT);
        InputLimits.checkText(problems, "puzzles", cleaned.puzzles(), InputLimits.TEXT);
        InputLimits.checkText(problems, "complaints", cleaned.complaints(), InputLimits.TEXT);
        InputLimits.checkText(problems, "wishes", cleaned.wishes(), InputLimits.TEXT);
        if (Stream.of(cleaned.appreciations(), cleaned.newInformation(), cleaned.puzzles(), cleaned.complaints(),
                cleaned.wishes()).allMatch(String::isEmpty)) {
            problems.putIfAbsent("appreciations", "Write at least one of the five parts.");
        }
        InputLimits.refuseAny(problems);
        return save(me, new PracticeEntry(UUID.randomUUID(), me.personId(), day, Kind.TEMPERATURE_READING, cleaned,
                null, null, null, clock.instant()));
    }

    @Override
    @Transactional
    public List<PracticeEntry> logCaringBehaviours(LocalDate day, List<String> given) {
        SignedInPartner me = session.require();
        Map<String, String> problems = new LinkedHashMap<>();
        checkDay(problems, day);
        List<String> list = lists.caringBehavioursToGive(me.coupleId(), me.personId());
        List<String> chosen = given == null ? List.of() : List.copyOf(new LinkedHashSet<>(given));
        if (chosen.isEmpty()) {
            problems.putIfAbsent("given", "Tick the caring behaviours you gave.");
        } else if (!list.containsAll(chosen)) {
            problems.putIfAbsent("given", "Choose from your partner's list of caring behaviours.");
        }
        InputLimits.refuseAny(problems);
        List<PracticeEntry> saved = new ArrayList<>();
        for (String behaviour : chosen) {
            saved.add(save(me, new PracticeEntry(UUID.randomUUID(), me.personId(), day, Kind.CARING_BEHAVIOUR, null,
                    behaviour, null, null, clock.instant())));
        }
        return saved;
    }

    @Override
    @Transactional
    public PracticeEntry logAppreciation(LocalDate day, String appreciation) {
        SignedInPartner me = session.require();
        Map<String, String> problems = new LinkedHashMap<>();
        checkDay(problems, day);
        String text = clean(appreciation);
        if (text.isEmpty()) {
            problems.putIfAbsent("appreciation", "Write the appreciation you gave.");
        }
        InputLimits.checkText(problems, "appreciation", text, InputLimits.LINE);
        InputLimits.refuseAny(problems);
        return save(me, new PracticeEntry(UUID.randomUUID(), me.personId(), day, Kind.APPRECIATION, null, text, null,
                null, clock.instant()));
    }

    @Override
    @Transactional
    public PracticeEntry logGift(LocalDate day, String request, GiftKept kept) {
        SignedInPartner me = session.require();
        Map<String, String> problems = new LinkedHashMap<>();
        checkDay(problems, day);
        if (request == null || !lists.giftsToGive(me.coupleId(), me.personId()).contains(request)) {
            problems.putIfAbsent("request", "Choose one of the requests you chose to give.");
        }
        if (kept == null) {
            problems.putIfAbsent("kept", "Say whether you kept it or partly kept it.");
        }
        InputLimits.refuseAny(problems);
        return save(me, new PracticeEntry(UUID.randomUUID(), me.personId(), day, Kind.GIFT, null, request, kept, null,
                clock.instant()));
    }

    @Override
    @Transactional
    public PracticeEntry logDialogue(LocalDate day, int minutes) {
        SignedInPartner me = session.require();
        Map<String, String> problems = new LinkedHashMap<>();
        checkDay(problems, day);
        InputLimits.checkRange(problems, "minutes", minutes, 1, 600);
        InputLimits.refuseAny(problems);
        return save(me, new PracticeEntry(UUID.randomUUID(), me.personId(), day, Kind.DIALOGUE, null, null, null,
                minutes, clock.instant()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PracticeEntry> mine(LocalDate from, LocalDate to) {
        SignedInPartner me = session.require();
        return entries.ofPerson(me.coupleId(), me.personId(), from, to);
    }

    @Override
    // not read-only: the access check writes the audit trail
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public List<PracticeEntry> ofCoupleInWeek(UUID coupleId, LocalDate monday) {
        access.require(RecordKind.EXERCISE, coupleId, AuditAction.VIEW, SUBJECT, coupleId);
        return entries.ofCouple(coupleId, monday, monday.plusDays(6));
    }

    @Override
    // not read-only: the access check writes the audit trail
    @Transactional
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public List<StoppedPractising> stoppedPractising(UUID coupleId) {
        access.require(RecordKind.EXERCISE, coupleId, AuditAction.VIEW, SUBJECT, coupleId);
        return quietPartners(coupleId);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "')")
    public List<QuietCouple> stoppedPractisingInMyCaseload() {
        UUID me = currentUser.get().flatMap(account -> account.staffId()).orElse(null);
        if (me == null) {
            return List.of();
        }
        // names and days only, no content: not audited as a record read, like the measures due (ADR 0013)
        List<QuietCouple> quiet = new ArrayList<>();
        for (CoupleSummary couple : couples.find(new CoupleQuery(null, me, null, null, null), 0, CASELOAD_LIMIT)) {
            List<StoppedPractising> partners = quietPartners(couple.id());
            if (!partners.isEmpty()) {
                quiet.add(new QuietCouple(couple.id(), couple.displayName(), partners));
            }
        }
        return quiet;
    }

    private List<StoppedPractising> quietPartners(UUID coupleId) {
        List<PortalAccount> inUse = accounts.ofCouple(coupleId).stream()
                .filter(account -> account.status() == PortalAccountStatus.ACTIVE).toList();
        if (inUse.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<UUID, LocalDate> lastDays = entries.lastDays(coupleId);
        List<StoppedPractising> stopped = new ArrayList<>();
        for (PortalAccount account : inUse) {
            LocalDate last = lastDays.get(account.personId());
            LocalDate since = last != null ? last : LocalDate.ofInstant(account.invitedAt(), clock.getZone());
            int days = (int) ChronoUnit.DAYS.between(since, today);
            if (days >= quietAfterDays) {
                stopped.add(new StoppedPractising(account.personId(), last, days));
            }
        }
        return stopped;
    }

    private PracticeEntry save(SignedInPartner me, PracticeEntry entry) {
        entries.insert(entry, me.accountId(), me.coupleId());
        events.publishEvent(new HomePracticeLogged(entry.id(), me.coupleId(), me.personId(), entry.day(), entry.kind(),
                entry.minutes() == null ? 0 : entry.minutes()));
        audit.record(new AuditRecord(AuditAction.CREATE, SUBJECT, entry.id().toString(), me.coupleId(),
                AuditOutcome.ALLOWED, entry.kind().label()), PortalSignInOutcomes.actorOf(me.accountId()));
        return entry;
    }

    private void checkDay(Map<String, String> problems, @Nullable LocalDate day) {
        LocalDate today = LocalDate.now(clock);
        if (day == null || day.isAfter(today) || day.isBefore(today.minusDays(DAYS_BACK))) {
            problems.put("day", "Log today or one of the last " + DAYS_BACK + " days.");
        }
    }

    private static String clean(@Nullable String text) {
        return text == null ? "" : text.strip();
    }
}
