package org.imagoclinic.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditOutcome;
import org.imagoclinic.audit.AuditRecord;
import org.imagoclinic.audit.AuditTrail;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.shared.ExplainedRefusal;
import org.imagoclinic.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: exchange a user name and password for a short-lived bearer token, and give it back
 * (ADR 0019). Any signed-in account may; a token is always its owner's, with its owner's roles.
 */
@Tag(name = "Tokens", description = "API tokens traded for a password")
@RestController
@RequestMapping("/api/tokens")
class ApiTokensController {

    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final CurrentUser currentUser;

    ApiTokensController(ApiTokens tokens, AuditTrail audit, CurrentUser currentUser) {
        this.tokens = tokens;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** Only against the password: a token that could mint tokens would never expire (ADR 0028). */
    @Operation(operationId = "issueToken", summary = "Trade the password for an API token")
    @PostMapping
    ResponseEntity<TokenView> issue(Authentication authentication, @AuthenticationPrincipal ClinicUserDetails user) {
        if (authentication instanceof ApiTokenAuthentication) {
            audit.recordIndependently(new AuditRecord(AuditAction.SIGN_IN_FAILURE, "Account",
                    user.accountId().toString(), null, AuditOutcome.DENIED, "API token refused: asked for with a token"),
                    SecurityAuditActorResolver.actorOf(currentUser.require()));
            throw new ExplainedRefusal("A token can't be used to get another token: ask for one with your user name "
                    + "and password (HTTP Basic).");
        }
        ApiTokens.IssuedToken issued = tokens.issue(user);
        return ResponseEntity.status(HttpStatus.CREATED).body(new TokenView(issued.token(), "Bearer", issued.expiresAt()));
    }

    /** Revokes the token this request was made with: the client's sign-out. */
    @Operation(operationId = "revokeCurrentToken", summary = "Revoke the token in use")
    @DeleteMapping("/current")
    ResponseEntity<Void> revokeCurrent(HttpServletRequest request, @AuthenticationPrincipal ClinicUserDetails user) {
        String token = ApiTokenFilter.presentedToken(request).orElseThrow(() -> new InvalidInputException("Authorization",
                "This request was not made with a token: send the token to revoke as Authorization: Bearer …"));
        tokens.revoke(token, user);
        return ResponseEntity.noContent().build();
    }

    /** A new token: send it as {@code Authorization: Bearer <token>} until {@code expiresAt}. */
    record TokenView(String token, String tokenType, Instant expiresAt) {
    }
}
