package org.imagoclinic.clients.internal;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.clients.ClientRecordRelease;
import org.imagoclinic.clients.Intake;
import org.imagoclinic.clients.IntakeDetails;
import org.imagoclinic.clients.Partner;
import org.imagoclinic.clients.ReleasedClientRecord;
import org.imagoclinic.clients.Screen;
import org.imagoclinic.security.Roles;
import org.imagoclinic.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads this module's part of a released record; who may release it is the records module's rule (ADR 0040). */
@Service
class ClientRecordReleaseService implements ClientRecordRelease {

    private final CoupleRepository couples;
    private final EpisodeRepository episodes;
    private final ScreeningRepository screens;

    ClientRecordReleaseService(CoupleRepository couples, EpisodeRepository episodes, ScreeningRepository screens) {
        this.couples = couples;
        this.episodes = episodes;
        this.screens = screens;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "', '" + Roles.ADMIN + "')")
    public ReleasedClientRecord ofPartner(UUID coupleId, UUID partnerId) {
        StoredCouple couple = existing(coupleId);
        Partner partner = couple.partnerA().personId().equals(partnerId) ? couple.partnerA()
                : couple.partnerB().personId().equals(partnerId) ? couple.partnerB() : null;
        if (partner == null) {
            throw new NotFoundException("This person is not a partner of this couple.");
        }
        List<Screen> all = screens.screens(coupleId);
        List<Screen> own = all.stream().filter(screen -> partnerId.equals(screen.partnerId())).toList();
        return new ReleasedClientRecord(coupleId, couple.displayName(), names(couple), partner, couple.relationship(),
                couples.consents(coupleId).stream().filter(consent -> consent.personId().equals(partnerId)).toList(),
                episodes.of(coupleId), intake(coupleId), own, forTheCouple(all));
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.THERAPIST + "', '" + Roles.SUPERVISOR + "', '" + Roles.ADMIN + "')")
    public ReleasedClientRecord joint(UUID coupleId) {
        StoredCouple couple = existing(coupleId);
        return new ReleasedClientRecord(coupleId, couple.displayName(), names(couple), null, couple.relationship(),
                List.of(), episodes.of(coupleId), intake(coupleId), List.of(), 0);
    }

    private StoredCouple existing(UUID coupleId) {
        return couples.find(coupleId).orElseThrow(() -> new NotFoundException("No couple with this id is registered."));
    }

    private static List<String> names(StoredCouple couple) {
        return List.of(couple.partnerA().displayName(), couple.partnerB().displayName());
    }

    private @Nullable IntakeDetails intake(UUID coupleId) {
        return couples.intake(coupleId).map(Intake::details).orElse(null);
    }

    private static int forTheCouple(List<Screen> all) {
        return (int) all.stream().filter(screen -> screen.partnerId() == null).count();
    }
}
