package org.imagoclinic.assessments.internal.imago;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.imagoclinic.assessments.BehaviourChangeRequest;
import org.imagoclinic.assessments.CaringBehaviours;
import org.imagoclinic.assessments.HomePracticeLists;
import org.imagoclinic.assessments.ImagoRecord;
import org.imagoclinic.assessments.ImagoRecordKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists a partner gives from at home; see {@link HomePracticeLists}. */
@Service
class HomePracticeListLookup implements HomePracticeLists {

    private final ImagoRecordRepository records;

    HomePracticeListLookup(ImagoRecordRepository records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> caringBehavioursToGive(UUID coupleId, UUID giverPersonId) {
        return records.list(coupleId, ImagoRecordKind.CARING_BEHAVIOURS, null).stream()
                .filter(ImagoRecord::current)
                .filter(record -> record.partnerId() != null && !record.partnerId().equals(giverPersonId))
                .findFirst()
                .map(record -> record.as(CaringBehaviours.class))
                .map(lists -> Stream.of(lists.now(), lists.past(), lists.neverAsked()).flatMap(List::stream)
                        .sorted(Comparator.comparingInt(CaringBehaviours.Behaviour::importance).reversed())
                        .map(CaringBehaviours.Behaviour::text).distinct().toList())
                .orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> giftsToGive(UUID coupleId, UUID giverPersonId) {
        return records.list(coupleId, ImagoRecordKind.BEHAVIOUR_CHANGE_REQUEST, null).stream()
                .filter(ImagoRecord::current)
                .map(record -> record.as(BehaviourChangeRequest.class))
                .filter(request -> !request.askingPartnerId().equals(giverPersonId) && request.chosen() != null)
                .map(request -> request.requests().get(request.chosen() - 1).text())
                .toList();
    }
}
