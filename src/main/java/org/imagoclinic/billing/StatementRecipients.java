package org.imagoclinic.billing;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whom an emailed statement goes to (ADR 0047).
 *
 * @param partnerIds the partners it goes to, each their own copy (notifications sends only with consent)
 * @param thirdParty the email address of the third party who pays, when its statement goes too
 */
public record StatementRecipients(List<UUID> partnerIds, @Nullable String thirdParty) {
}
