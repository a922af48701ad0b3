package org.imagoclinic.security.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.security.CurrentUser;
import org.imagoclinic.security.CurrentUser.SignedInAccount;
import org.imagoclinic.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST: who am I, and the account list for administrators. */
@Tag(name = "Accounts", description = "The signed-in user and sign-in accounts")
@RestController
@RequestMapping("/api")
class AccountsController {

    private final CurrentUser currentUser;
    private final AccountService accountService;

    AccountsController(CurrentUser currentUser, AccountService accountService) {
        this.currentUser = currentUser;
        this.accountService = accountService;
    }

    @Operation(operationId = "currentUser", summary = "Show who is signed in and with which roles")
    @GetMapping("/me")
    SignedInAccount me() {
        return currentUser.require();
    }

    /** Changes the caller's own password; also how an API client replaces a one-time password. */
    @Operation(operationId = "changePassword", summary = "Change one's own password")
    @PutMapping("/me/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange change) {
        accountService.changeOwnPassword(change.currentPassword() == null ? "" : change.currentPassword(),
                change.newPassword() == null ? "" : change.newPassword(), change.code() == null ? "" : change.code())
                .ifPresent(problem -> {
                    throw new InvalidInputException(switch (problem.field()) {
                        case CURRENT -> "currentPassword";
                        case NEW -> "newPassword";
                        case CODE -> "code";
                    }, problem.message());
                });
        return ResponseEntity.noContent().build();
    }

    /** The caller's current and new password, and the code from their app when two-factor sign-in is on. */
    record PasswordChange(String currentPassword, String newPassword, @Nullable String code) {
    }

    @Operation(operationId = "listAccounts", summary = "List the sign-in accounts")
    @GetMapping("/accounts")
    List<AccountView> accounts(@RequestParam(defaultValue = "0") int offset,
                               @RequestParam(defaultValue = "50") int limit) {
        return accountService.accounts(Math.max(0, offset), Math.clamp(limit, 1, 200)).stream()
                .map(AccountView::of)
                .toList();
    }

    /** An account as the API shows it: never a password hash. */
    record AccountView(UUID id, String username, String displayName, List<String> roles, boolean enabled,
                       boolean mustChangePassword) {

        static AccountView of(Account account) {
            return new AccountView(account.id(), account.username(), account.displayName(),
                    account.roles().stream().sorted().toList(), account.enabled(), account.mustChangePassword());
        }
    }
}
