package org.imagoclinic.access;

import static org.imagoclinic.access.Rule.anyRole;
import static org.imagoclinic.access.Rule.anyone;
import static org.imagoclinic.access.Rule.only;
import static org.imagoclinic.security.Roles.ADMIN;
import static org.imagoclinic.security.Roles.FRONT_DESK;
import static org.imagoclinic.security.Roles.SUPERVISOR;
import static org.imagoclinic.security.Roles.THERAPIST;

import java.util.Map;

/**
 * THE place where every REST endpoint and every UI route declares who may use it. The access
 * matrix ({@link AccessMatrixTests}) reads the endpoints from Spring MVC and the routes from Vaadin,
 * and fails for any of them without a line here, and for any line the application does not keep.
 *
 * <p>A new endpoint: one line {@code Map.entry("METHOD /api/path/{var}", rule)} in {@link #API},
 * path written exactly as in its mapping. A new route: one line in {@link #ROUTES} with its route
 * template. In a path, a variable named {@code id} under {@code /api/couples/} or named
 * {@code coupleId} is filled with a couple's id, so that {@code careTeamOnly()} is checked against a
 * couple in the clinician's care team and one outside it.
 */
public final class AccessRules {

    public static final Map<String, Rule> API = Map.ofEntries(
            Map.entry("GET /api/couples/{coupleId}/imago/appreciations", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/imago/appreciations", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{coupleId}/imago/caring-behaviours", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/imago/caring-behaviours", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{coupleId}/imago/dialogues", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/imago/dialogues", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{coupleId}/imago/exits", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/imago/exits", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{coupleId}/imago/profiles", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/imago/profiles", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{coupleId}/imago/requests", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/imago/requests", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{coupleId}/imago/temperature-readings", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/imago/temperature-readings", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{coupleId}/imago/traits", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/imago/traits", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{coupleId}/imago/vision", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/imago/vision", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{coupleId}/imago/wound-explorations", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/imago/wound-explorations", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{coupleId}/imago/requests/{requestId}/follow-ups", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/imago/requests/{requestId}/follow-ups", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/kiosk-links", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{coupleId}/measures", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/measures", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{coupleId}/measures-due", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/measures-due/closing", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{coupleId}/notes", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{coupleId}/notes", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{coupleId}/outcomes", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/measures/due", only(SUPERVISOR, THERAPIST)),
            Map.entry("GET /api/measures/instruments", anyRole()),
            Map.entry("GET /api/measures/instruments/{code}", anyRole()),
            Map.entry("PUT /api/measures/instruments/{code}/norms", only(ADMIN)),
            Map.entry("GET /api/notes/co-sign-queue", only(SUPERVISOR)),
            Map.entry("GET /api/notes/due", only(SUPERVISOR, THERAPIST)),
            Map.entry("GET /api/notes/{noteId}", only(SUPERVISOR, THERAPIST)),
            Map.entry("PUT /api/notes/{noteId}", only(SUPERVISOR, THERAPIST)),
            Map.entry("POST /api/notes/{noteId}/addenda", only(SUPERVISOR, THERAPIST)),
            Map.entry("POST /api/notes/{noteId}/sign", only(SUPERVISOR, THERAPIST)),
            Map.entry("POST /api/notes/{noteId}/co-sign", only(SUPERVISOR, THERAPIST)),
            Map.entry("POST /api/notes/{noteId}/return", only(SUPERVISOR, THERAPIST)),
            Map.entry("GET /api/reports/engagement", anyRole()),
            Map.entry("GET /api/reports/outcomes", only(ADMIN, SUPERVISOR, THERAPIST)),
            Map.entry("GET /api/reports/outcomes.csv", only(ADMIN, SUPERVISOR, THERAPIST)),
            Map.entry("GET /api/reports/outcomes.pdf", only(ADMIN, SUPERVISOR, THERAPIST)),
            Map.entry("GET /api/reports/practice", only(ADMIN, SUPERVISOR, THERAPIST)),
            Map.entry("POST /api/reports/rebuild", only(ADMIN)),
            Map.entry("GET /api/accounts", only(ADMIN)),
            Map.entry("GET /api/appointments", anyRole()),
            Map.entry("POST /api/appointments", anyRole()),
            Map.entry("POST /api/appointments/check", anyRole()),
            Map.entry("GET /api/appointments/{id}", anyRole()),
            Map.entry("POST /api/appointments/{id}/cancel", anyRole()),
            Map.entry("POST /api/appointments/{id}/check-in", anyRole()),
            Map.entry("POST /api/appointments/{id}/complete", anyRole()),
            Map.entry("POST /api/appointments/{id}/enrolments", anyRole()),
            Map.entry("DELETE /api/appointments/{id}/enrolments/{coupleId}", anyRole()),
            Map.entry("GET /api/appointments/{id}/moves", anyRole()),
            Map.entry("POST /api/appointments/{id}/no-show", anyRole()),
            Map.entry("POST /api/appointments/{id}/reschedule", anyRole()),
            Map.entry("GET /api/audit", only(ADMIN, SUPERVISOR)),
            Map.entry("GET /api/audit.csv", only(ADMIN, SUPERVISOR)),
            Map.entry("GET /api/break-glass", only(ADMIN, SUPERVISOR)),
            Map.entry("GET /api/couples", anyRole()),
            // with a therapist in the body: no clinician is on a couple's care team before it is registered
            Map.entry("POST /api/couples", only(FRONT_DESK, SUPERVISOR, THERAPIST).careTeamMembersOnly()),
            Map.entry("POST /api/couples/{coupleId}/break-glass", only(SUPERVISOR, THERAPIST)),
            Map.entry("GET /api/couples/{id}", anyRole()),
            Map.entry("PUT /api/couples/{id}", only(FRONT_DESK, SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{id}/booking-eligibility", anyRole()),
            Map.entry("POST /api/couples/{id}/consents", only(FRONT_DESK, SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("PUT /api/couples/{id}/confidentiality-policy", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{id}/episodes", anyRole()),
            // with therapists in the body, as the matrix sends it: who may set the care team (ADR 0028);
            // without therapists anyone who works at the clinic opens an episode
            Map.entry("POST /api/couples/{id}/episodes", only(ADMIN, FRONT_DESK, SUPERVISOR).careTeamMembersOnly()),
            Map.entry("POST /api/couples/{id}/episodes/{episodeId}/close", only(SUPERVISOR, THERAPIST)),
            Map.entry("POST /api/couples/{id}/episodes/{episodeId}/pause", only(SUPERVISOR, THERAPIST)),
            Map.entry("POST /api/couples/{id}/episodes/{episodeId}/resume", only(SUPERVISOR, THERAPIST)),
            Map.entry("POST /api/couples/{id}/episodes/{episodeId}/start", only(SUPERVISOR, THERAPIST)),
            Map.entry("GET /api/couples/{id}/intake", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("PUT /api/couples/{id}/intake", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("GET /api/couples/{id}/screening", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{id}/screening", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("POST /api/couples/{id}/screening/decision", only(SUPERVISOR, THERAPIST).careTeamOnly()),
            Map.entry("PUT /api/couples/{id}/therapist", only(ADMIN, FRONT_DESK, SUPERVISOR).careTeamMembersOnly()),
            Map.entry("GET /api/locations", anyRole()),
            Map.entry("POST /api/locations", only(ADMIN)),
            Map.entry("GET /api/me", anyRole()),
            Map.entry("PUT /api/me/password", anyRole()),
            Map.entry("POST /api/tokens", anyRole()),
            Map.entry("DELETE /api/tokens/current", anyRole()),
            Map.entry("GET /api/persons/matches", only(FRONT_DESK, SUPERVISOR, THERAPIST)),
            Map.entry("GET /api/rooms", anyRole()),
            Map.entry("POST /api/rooms", only(ADMIN)),
            Map.entry("GET /api/rooms/{id}", anyRole()),
            Map.entry("PUT /api/rooms/{id}", only(ADMIN)),
            Map.entry("POST /api/rooms/{id}/deactivate", only(ADMIN)),
            Map.entry("POST /api/rooms/{id}/reactivate", only(ADMIN)),
            Map.entry("GET /api/staff", anyRole()),
            Map.entry("POST /api/staff", only(ADMIN)),
            Map.entry("GET /api/staff/{id}", anyRole()),
            Map.entry("PUT /api/staff/{id}", only(ADMIN)),
            Map.entry("POST /api/staff/{id}/deactivate", only(ADMIN)),
            Map.entry("POST /api/staff/{id}/reset-password", only(ADMIN)),
            Map.entry("GET /api/staff/{id}/supervision", anyRole()),
            Map.entry("PUT /api/staff/{id}/supervisor", only(ADMIN)),
            Map.entry("POST /api/staff/{id}/unlock", only(ADMIN)),
            Map.entry("POST /api/therapists/me/calendar-feed", only(SUPERVISOR, THERAPIST)),
            // another therapist's feed: administrators only (the therapist's own is theirs too)
            Map.entry("GET /api/therapists/{id}/calendar.ics", only(ADMIN)),
            Map.entry("GET /api/therapists/{id}/time-off", anyRole()),
            Map.entry("POST /api/therapists/{id}/time-off", only(ADMIN, FRONT_DESK)),
            Map.entry("DELETE /api/therapists/{id}/time-off/{timeOffId}", only(ADMIN, FRONT_DESK)),
            Map.entry("GET /api/therapists/{id}/working-hours", anyRole()),
            Map.entry("PUT /api/therapists/{id}/working-hours", only(ADMIN)),
            Map.entry("GET /api/waitlist", anyRole()),
            Map.entry("POST /api/waitlist", anyRole()),
            Map.entry("POST /api/waitlist/{id}/offer", anyRole()),
            Map.entry("POST /api/waitlist/{id}/withdraw", anyRole()),
            Map.entry("GET /feeds/calendar/{secret}.ics", anyone()),
            Map.entry("GET /api/notifications", only(ADMIN, FRONT_DESK)),
            Map.entry("GET /api/notifications/preferences/{partnerId}", anyRole()),
            Map.entry("PUT /api/notifications/couples/{coupleId}/preferences", only(ADMIN, FRONT_DESK)),
            Map.entry("GET /api/notifications/templates", anyRole()),
            Map.entry("PUT /api/notifications/templates", only(ADMIN)),
            Map.entry("GET /api/notifications/clinic-contact", anyRole()),
            Map.entry("PUT /api/notifications/clinic-contact", only(ADMIN)),
            // the signature in the link is the credential (RFC 8058 one-click unsubscribe)
            Map.entry("GET /notifications/unsubscribe", anyone()),
            Map.entry("POST /notifications/unsubscribe", anyone()),
            // the text-message provider's callbacks, signed with the account's token
            Map.entry("POST /notifications/text/status", anyone()),
            Map.entry("POST /notifications/text/inbound", anyone())
    );

    public static final Map<String, Rule> ROUTES = Map.ofEntries(
            Map.entry("admin/measure-norms", only(ADMIN)),
            Map.entry("kiosk/:token", anyone()),
            Map.entry("reports/engagement", anyRole()),
            Map.entry("reports/outcomes", only(ADMIN, SUPERVISOR, THERAPIST)),
            Map.entry("reports/practice", only(ADMIN, SUPERVISOR, THERAPIST)),
            Map.entry("workshops", anyRole()),
            Map.entry("", anyRole()),
            Map.entry("admin/accounts", only(ADMIN)),
            Map.entry("admin/rooms", only(ADMIN)),
            Map.entry("admin/staff", only(ADMIN)),
            Map.entry("admin/staff/:staffId", only(ADMIN)),
            Map.entry("admin/staff/:staffId/edit", only(ADMIN)),
            Map.entry("admin/staff/new", only(ADMIN)),
            Map.entry("admin/working-hours", only(ADMIN)),
            Map.entry("audit", only(ADMIN, SUPERVISOR)),
            Map.entry("calendar", anyRole()),
            Map.entry("couples", anyRole()),
            // every role opens the page; which tabs and records it shows is the services' care-team rule
            Map.entry("couples/:coupleId", anyRole()),
            Map.entry("couples/new", only(FRONT_DESK, SUPERVISOR, THERAPIST)),
            Map.entry("login", anyone()),
            Map.entry("my-day", only(SUPERVISOR, THERAPIST)),
            Map.entry("outbox", only(ADMIN, FRONT_DESK)),
            Map.entry("password", anyRole()),
            Map.entry("api-tokens", anyRole()),
            Map.entry("today", only(ADMIN, FRONT_DESK)),
            Map.entry("waitlist", anyRole())
    );

    private AccessRules() {
    }
}
