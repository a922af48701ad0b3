package org.imagoclinic.security.internal;

import java.security.SecureRandom;
import java.util.Set;
import org.imagoclinic.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure a clinic is never without an administrator, and never with a well-known password:
 * on a start with no enabled admin account, creates {@code admin} with the password from
 * {@code IMAGO_ADMIN_PASSWORD} or a random one printed once to the log. Either must be changed at
 * first sign-in.
 */
@Component
@Order(100)
class InitialAdminAccount implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdminAccount.class);
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final String configuredPassword;

    InitialAdminAccount(AccountRepository accounts, PasswordEncoder passwordEncoder,
                        @Value("${imago.initial-admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsWithRole(Roles.ADMIN) || accounts.findByUsername(USERNAME).isPresent()) {
            return;
        }
        if (Passwords.tooLong(configuredPassword)) {
            throw new IllegalStateException("IMAGO_ADMIN_PASSWORD (imago.initial-admin-password) is too long. "
                    + Passwords.TOO_LONG);
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        accounts.create(new AccountRepository.NewAccount(USERNAME, "Clinic administrator", null,
                passwordEncoder.encode(password), true, Set.of(Roles.ADMIN)));
        if (generated) {
            log.warn("""

                    ================================================================
                     Imago Clinic: created the first administrator account.
                       user name: {}
                       password:  {}
                     This password is shown only this once and must be changed at
                     first sign-in. Set IMAGO_ADMIN_PASSWORD to choose it instead.
                    ================================================================""", USERNAME, password);
        } else {
            log.warn("Imago Clinic: created the administrator account '{}' with the password from "
                    + "IMAGO_ADMIN_PASSWORD; it must be changed at first sign-in.", USERNAME);
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
