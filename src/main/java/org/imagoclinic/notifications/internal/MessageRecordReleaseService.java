package org.imagoclinic.notifications.internal;

import static org.imagoclinic.notifications.internal.db.Tables.OUTBOX_MESSAGE;

import java.util.List;
import java.util.UUID;
import org.imagoclinic.notifications.Channel;
import org.imagoclinic.notifications.MessageRecordRelease;
import org.imagoclinic.notifications.MessageStatus;
import org.imagoclinic.notifications.MessageTemplate;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MessageRecordReleaseService implements MessageRecordRelease {

    private final DSLContext db;

    MessageRecordReleaseService(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReleasedMessage> toPartner(UUID coupleId, UUID partnerId) {
        return db.selectFrom(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.PARTNER_ID.eq(partnerId),
                        OUTBOX_MESSAGE.COUPLE_ID.eq(coupleId).or(OUTBOX_MESSAGE.COUPLE_ID.isNull()))
                .orderBy(OUTBOX_MESSAGE.CREATED_AT)
                .fetch(row -> new ReleasedMessage(row.getCreatedAt().toInstant(), Channel.valueOf(row.getChannel()),
                        row.getRecipient() == null ? "" : row.getRecipient(),
                        MessageTemplate.TemplateKind.valueOf(row.getTemplate()), MessageStatus.valueOf(row.getStatus()),
                        row.getSubject() == null ? "" : row.getSubject(),
                        row.getSentAt() == null ? null : row.getSentAt().toInstant()));
    }
}
