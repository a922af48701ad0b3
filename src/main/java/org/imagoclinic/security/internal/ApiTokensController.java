package org.imagoclinic.security.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.imagoclinic.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: exchange a user name and password for a short-lived bearer token, and give it back
 * (ADR 0019). Any signed-in account may; a token is always its owner's, with its owner's roles.
 */
@RestController
@RequestMapping("/api/tokens")
class ApiTokensController {

    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<TokenView> issue(@AuthenticationPrincipal ClinicUserDetails user) {
        ApiTokens.IssuedToken issued = tokens.issue(user);
        return ResponseEntity.status(HttpStatus.CREATED).body(new TokenView(issued.token(), "Bearer", issued.expiresAt()));
    }

    /** Revokes the token this request was made with: the client's sign-out. */
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
