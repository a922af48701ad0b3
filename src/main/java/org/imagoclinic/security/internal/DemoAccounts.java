package org.imagoclinic.security.internal;

import java.util.List;
import java.util.Set;
import org.imagoclinic.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo clinic's sign-ins, one per role, with the password written in the README. Only in the
 * {@code demo} profile, and only for the accounts that don't exist yet.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    /** Written in the README; never used outside the demo profile. */
    static final String DEMO_PASSWORD = "imago-demo-2026";

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin", "Morgan Ellis", Set.of(Roles.ADMIN)),
            new DemoAccount("frontdesk", "Priya Shah", Set.of(Roles.FRONT_DESK)),
            new DemoAccount("therapist", "Dr Daniel Lee", Set.of(Roles.THERAPIST)),
            new DemoAccount("supervisor", "Dr Helen Okafor", Set.of(Roles.SUPERVISOR, Roles.THERAPIST)));

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    DemoAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.findByUsername(demo.username()).isEmpty()) {
                accounts.create(new AccountRepository.NewAccount(demo.username(), demo.displayName(),
                        demo.username() + "@demo.imagoclinic.org", hash, false, demo.roles()));
                log.info("Demo profile: created the account '{}' ({})", demo.username(), demo.displayName());
            }
        }
    }

    record DemoAccount(String username, String displayName, Set<String> roles) {
    }
}
