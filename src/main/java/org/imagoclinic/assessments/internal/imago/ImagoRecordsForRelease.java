package org.imagoclinic.assessments.internal.imago;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.assessments.ImagoRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The Imago records of a released copy (ADR 0040): joint ones, or one partner's own; oldest first. */
@Component
public class ImagoRecordsForRelease {

    private final ImagoRecordRepository repository;

    ImagoRecordsForRelease(ImagoRecordRepository repository) {
        this.repository = repository;
    }

    /** Records with no partner when {@code partnerId} is null, else that partner's own. */
    public List<ImagoRecord> of(UUID coupleId, @Nullable UUID partnerId) {
        return repository.list(coupleId, null, partnerId).stream()
                .filter(record -> partnerId == null ? record.partnerId() == null : partnerId.equals(record.partnerId()))
                .sorted(Comparator.comparing(ImagoRecord::recordedOn).thenComparing(ImagoRecord::recordedAt))
                .toList();
    }
}
