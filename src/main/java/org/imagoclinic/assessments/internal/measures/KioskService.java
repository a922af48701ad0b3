package org.imagoclinic.assessments.internal.measures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.assessments.AdministrationSource;
import org.imagoclinic.assessments.Instrument;
import org.imagoclinic.assessments.KioskForm;
import org.imagoclinic.assessments.KioskLink;
import org.imagoclinic.assessments.MeasureCatalogue;
import org.imagoclinic.assessments.MeasureKiosk;
import org.imagoclinic.assessments.internal.measures.KioskLinkStore.StoredLink;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditActor;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.clients.Couple;
import org.imagoclinic.clients.Couples;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.security.CurrentUser.SignedInAccount;
import org.imagoclinic.shared.InvalidInputException;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class KioskService implements MeasureKiosk {

    static final String PATH = "/kiosk/";
    static final String NOT_USABLE = "This link has already been used or has expired. Please ask your therapist for a new one.";

    private final MeasureAccess access;
    private final Couples couples;
    private final MeasureCatalogue catalogue;
    private final KioskLinkStore links;
    private final AdministrationRecorder recorder;
    private final MeasureSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    KioskService(MeasureAccess access, Couples couples, MeasureCatalogue catalogue, KioskLinkStore links,
                 AdministrationRecorder recorder, MeasureSettings settings, AuditTrail audit, Clock clock) {
        this.access = access;
        this.couples = couples;
        this.catalogue = catalogue;
        this.links = links;
        this.recorder = recorder;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public KioskLink open(UUID coupleId, UUID partnerId, String instrumentCode) {
        UUID id = UUID.randomUUID();
        access.require(coupleId, AuditAction.CREATE, MeasureAccess.KIOSK_LINK, id);
        Couple couple = couples.get(coupleId);
        Partner partner = partnerOf(couple, partnerId);
        Instrument instrument = catalogue.find(instrumentCode == null ? "" : instrumentCode)
                .orElseThrow(() -> new InvalidInputException("instrument", "Choose one of the clinic's instruments."));
        SignedInAccount me = access.me();
        Instant now = clock.instant();
        String token = KioskTokens.newToken();
        StoredLink link = new StoredLink(id, coupleId, partnerId, firstName(partner),
                couple.openEpisode().map(Episode::id).orElse(null), instrument.code(), me.displayName(),
                me.staffId().orElse(null), now.plus(settings.kioskLinkValidity()), null);
        links.insert(link, KioskTokens.hash(token), now);
        return new KioskLink(id, coupleId, partnerId, instrument.code(), PATH + token, link.expiresAt());
    }

    @Override
    @Transactional
    public KioskForm formFor(String token) {
        StoredLink link = usable(links.find(KioskTokens.hash(token == null ? "" : token)).orElse(null));
        audit.record(new AuditRecord(AuditAction.VIEW, MeasureAccess.KIOSK_LINK, link.id().toString(), link.coupleId(),
                AuditOutcome.ALLOWED, "kiosk form opened"), kiosk(link));
        return new KioskForm(link.partnerFirstName(), catalogue.find(link.instrumentCode()).orElseThrow());
    }

    @Override
    @Transactional
    public void submit(String token, List<@Nullable Integer> answers) {
        StoredLink link = usable(links.findForUpdate(KioskTokens.hash(token == null ? "" : token)).orElse(null));
        Instrument instrument = catalogue.find(link.instrumentCode()).orElseThrow();
        int score = FormChecker.score(instrument, answers);
        UUID administrationId = UUID.randomUUID();
        ScoredForm form = new ScoredForm(link.coupleId(), link.partnerId(), link.episodeId(), instrument,
                LocalDate.now(clock), List.copyOf(answers), score);
        recorder.keep(administrationId, form, AdministrationSource.KIOSK, link.openedByName(), link.openedByStaffId(),
                link.id());
        links.markUsed(link.id(), administrationId, clock.instant());
        audit.record(new AuditRecord(AuditAction.CREATE, MeasureAccess.ADMINISTRATION, administrationId.toString(),
                link.coupleId(), AuditOutcome.ALLOWED,
                "answered by the partner under a kiosk link opened by " + link.openedByName()), kiosk(link));
    }

    private StoredLink usable(@Nullable StoredLink link) {
        if (link == null || !link.usableAt(clock.instant())) {
            throw new NotFoundException(NOT_USABLE);
        }
        return link;
    }

    /** The partner at the tablet, acting under a link a clinician opened. */
    private static AuditActor kiosk(StoredLink link) {
        return new AuditActor(null, link.openedByStaffId(), "kiosk", Set.of());
    }

    private static Partner partnerOf(Couple couple, @Nullable UUID partnerId) {
        if (partnerId != null && couple.partnerA().personId().equals(partnerId)) {
            return couple.partnerA();
        }
        if (partnerId != null && couple.partnerB().personId().equals(partnerId)) {
            return couple.partnerB();
        }
        throw new InvalidInputException("partnerId", "Choose one of the couple's two partners.");
    }

    private static String firstName(Partner partner) {
        return partner.details().calledName();
    }
}
