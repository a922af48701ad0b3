package org.imagoclinic.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: two-factor sign-in (ADR 0034). The caller enrols their own authenticator app and turns it off;
 * administrators require it of accounts and roles, and turn off the enrolment of someone who lost
 * their app and recovery codes.
 */
@Tag(name = "Two-factor sign-in", description = "Enrolling and requiring a second factor")
@RestController
@RequestMapping("/api")
class TwoFactorController {

    private final TwoFactorService twoFactor;

    TwoFactorController(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    /** Starts an enrolment: a new secret, as text to type and as the URI a QR code carries. Shown only now. */
    @Operation(operationId = "startTwoFactor", summary = "Start enrolling a second factor")
    @PostMapping("/me/two-factor")
    ResponseEntity<TwoFactorService.Enrolment> start() {
        return ResponseEntity.status(HttpStatus.CREATED).body(twoFactor.start());
    }

    /** Confirms the enrolment with the code the app shows: two-factor sign-in is on; the recovery codes are shown once. */
    @Operation(operationId = "confirmTwoFactor", summary = "Confirm the second factor with a code")
    @PostMapping("/me/two-factor/confirm")
    RecoveryCodes confirm(@RequestBody CodeRequest request) {
        return new RecoveryCodes(twoFactor.confirm(request.code() == null ? "" : request.code()));
    }

    /** Turns two-factor sign-in off, against a current code or the password. */
    @Operation(operationId = "turnOffTwoFactor", summary = "Turn off one's own second factor")
    @DeleteMapping("/me/two-factor")
    ResponseEntity<Void> turnOff(@RequestBody TurnOffRequest request) {
        try {
            twoFactor.turnOff(request.code(), request.password());
        } catch (AccountLockedException locked) {
            throw new InvalidInputException("code", "Too many wrong codes or passwords: sign-in is locked until "
                    + locked.lockedUntil() + ".");
        }
        return ResponseEntity.noContent().build();
    }

    /** Whether an account has two-factor sign-in on and whether it is required of it. Administrators only. */
    @Operation(operationId = "twoFactorStatus", summary = "Show whether an account uses a second factor")
    @GetMapping("/accounts/{accountId}/two-factor")
    TwoFactorStatus status(@PathVariable UUID accountId) {
        return twoFactor.statusOf(accountId);
    }

    /** Requires two-factor sign-in of one account, or stops requiring it. Administrators only. */
    @Operation(operationId = "requireTwoFactorForAccount", summary = "Require a second factor of one account")
    @PutMapping("/accounts/{accountId}/two-factor/required")
    TwoFactorStatus requireForAccount(@PathVariable UUID accountId, @RequestBody Requirement requirement) {
        twoFactor.requireForAccount(accountId, requirement.required());
        return twoFactor.statusOf(accountId);
    }

    /** Turns off an account's two-factor sign-in (a lost phone and lost recovery codes). Administrators only. */
    @Operation(operationId = "resetTwoFactor", summary = "Reset an account's second factor")
    @DeleteMapping("/accounts/{accountId}/two-factor")
    ResponseEntity<Void> reset(@PathVariable UUID accountId) {
        twoFactor.resetFor(accountId);
        return ResponseEntity.noContent().build();
    }

    /** The roles whose holders must sign in with two factors. Administrators only. */
    @Operation(operationId = "twoFactorRequiredRoles", summary = "List the roles that must use a second factor")
    @GetMapping("/two-factor/required-roles")
    Set<String> requiredRoles() {
        return twoFactor.requiredRoles();
    }

    /** Replaces the roles whose holders must sign in with two factors. Administrators only. */
    @Operation(operationId = "requireTwoFactorForRoles", summary = "Choose the roles that must use a second factor")
    @PutMapping("/two-factor/required-roles")
    Set<String> requireForRoles(@RequestBody Set<String> roles) {
        twoFactor.requireForRoles(roles);
        return twoFactor.requiredRoles();
    }

    /** A code from the authenticator app: six digits. */
    record CodeRequest(@Nullable String code) {
    }

    /** A current code from the app, or the account's password. */
    record TurnOffRequest(@Nullable String code, @Nullable String password) {
    }

    /** The ten single-use recovery codes: write them down now, they are not shown again. */
    record RecoveryCodes(List<String> recoveryCodes) {
    }

    /** Whether two-factor sign-in is required. */
    record Requirement(boolean required) {
    }
}
