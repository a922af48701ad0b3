package org.imagoclinic.clients;

import org.jspecify.annotations.Nullable;

/**
 * New registration details for a couple: both partners' names and contacts and the relationship.
 * The partners stay the same people; to register one of them with someone new, register a new couple.
 */
public record CoupleUpdate(@Nullable PartnerDetails partnerA, @Nullable PartnerDetails partnerB,
                           @Nullable Relationship relationship) {
}
