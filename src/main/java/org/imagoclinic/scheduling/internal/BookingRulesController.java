package org.imagoclinic.scheduling.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.imagoclinic.scheduling.BookingRules;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST: the clinic's booking rules; changes for administrators. */
@Tag(name = "Booking rules", description = "Rules an administrator sets for every booking")
@RestController
@RequestMapping("/api/booking-rules")
class BookingRulesController {

    private final BookingRules rules;

    BookingRulesController(BookingRules rules) {
        this.rules = rules;
    }

    /**
     * The clinic's booking rules.
     *
     * @param treatmentConsentBeforeFirstSession a couple's first session waits for both partners' treatment consent
     */
    record Rules(@Nullable Boolean treatmentConsentBeforeFirstSession) {
    }

    @Operation(operationId = "getBookingRules", summary = "Read the clinic's booking rules")
    @GetMapping
    Rules get() {
        return new Rules(rules.treatmentConsentBeforeFirstSession());
    }

    @Operation(operationId = "setBookingRules", summary = "Set the clinic's booking rules")
    @PutMapping
    Rules set(@RequestBody Rules changed) {
        if (changed.treatmentConsentBeforeFirstSession() == null) {
            throw new org.imagoclinic.shared.InvalidInputException("treatmentConsentBeforeFirstSession",
                    "Say whether treatment consent is required before a first session: true or false.");
        }
        return new Rules(rules.requireTreatmentConsentBeforeFirstSession(changed.treatmentConsentBeforeFirstSession()));
    }
}
