package org.imagoclinic.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.imagoclinic.audit.AuditAction;
import org.imagoclinic.audit.AuditLog;
import org.imagoclinic.audit.AuditLogEntry;
import org.imagoclinic.audit.AuditQuery;
import org.imagoclinic.security.AccountManagement;
import org.imagoclinic.security.Roles;
import org.imagoclinic.support.ClinicIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Five failed sign-ins within fifteen minutes lock the user name for fifteen minutes, however fast they come. */
@ClinicIntegrationTest
class SignInLockoutTests {

    private static final String PASSWORD = "the-right-password-1";

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    SignInLockout lockout;
    @Autowired
    AccountManagement accountManagement;
    @Autowired
    AuditLog auditLog;
    @Autowired
    MeterRegistry meters;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountEvenAgainstTheRightOne() throws Exception {
        String username = TestAccounts.create(context, "victim", "Vic Tim", PASSWORD, false, Roles.THERAPIST);

        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(get("/api/me").with(httpBasic(username, "wrong-" + attempt)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail", containsString("Sign in first")));
        }
        mvc.perform(get("/api/me").with(httpBasic(username, "wrong-5")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("locked until")));
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("locked until")));

        assertThat(actionsAgainst(username)).containsExactly(AuditAction.SIGN_IN_FAILURE, AuditAction.LOCK_OUT,
                AuditAction.SIGN_IN_FAILURE, AuditAction.SIGN_IN_FAILURE, AuditAction.SIGN_IN_FAILURE,
                AuditAction.SIGN_IN_FAILURE, AuditAction.SIGN_IN_FAILURE);
        assertThat(entriesAbout(username)).allSatisfy(entry -> assertThat(entry.ipAddress()).isEqualTo("127.0.0.1"));
    }

    @Test
    void anUnknownUserNameIsLockedTheSameWaySoALockRevealsNothing() throws Exception {
        String stranger = "nobody-" + UUID.randomUUID();
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(get("/api/me").with(httpBasic(stranger, "guess-" + attempt)));
        }

        mvc.perform(get("/api/me").with(httpBasic(stranger, "guess-6")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("locked until")));
    }

    @Test
    void anAdministratorCanUnlockAndTheUnlockIsAudited() throws Exception {
        var person = TestAccounts.staff(context, "locked", Roles.FRONT_DESK);
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(get("/api/me").with(httpBasic(person.username(), "wrong-" + attempt)));
        }

        var administrator = TestAccounts.staff(context, "unlocker", Roles.ADMIN);
        TestAccounts.signIn(context, administrator.username());
        assertThat(accountManagement.ofStaff(person.staffId())).hasValueSatisfying(
                account -> assertThat(account.locked()).isTrue());
        accountManagement.unlock(person.username());
        SecurityContextHolder.clearContext();

        mvc.perform(get("/api/me").with(httpBasic(person.username(), "staff-password-2026")))
                .andExpect(status().isOk());
        assertThat(entriesAbout(person.username(), administrator.username())).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(entry.username()).isEqualTo(administrator.username());
        });
    }

    @Test
    void theLockEndsAfterFifteenMinutesAndOldFailuresDoNotCount() {
        String username = "clock-" + UUID.randomUUID();
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        for (int minute = 0; minute < 4; minute++) {
            assertThat(failure(username, start.plus(Duration.ofMinutes(minute)))).isNull();
        }
        // the first four failures have left the window: the fifth, 20 minutes on, does not lock
        assertThat(failure(username, start.plus(Duration.ofMinutes(20)))).isNull();

        Instant fifth = start.plus(Duration.ofMinutes(24));
        for (int minute = 21; minute < 24; minute++) {
            failure(username, start.plus(Duration.ofMinutes(minute)));
        }
        assertThat(failure(username, fifth)).isEqualTo(fifth.plus(Duration.ofMinutes(15)));

        assertThat(lockout.lockedUntil(username, fifth.plus(Duration.ofMinutes(14)))).isPresent();
        assertThat(lockout.lockedUntil(username, fifth.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void fiftyWrongGuessesSentAtOnceGetFivePasswordChecksAndLockTheAccount() throws Exception {
        String username = TestAccounts.create(context, "stormed", "Stor Med", PASSWORD, false, Roles.ADMIN);
        double checksBefore = passwordChecks();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int guess = 1; guess <= 50; guess++) {
                String password = "guess-" + guess;
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(get("/api/me").with(httpBasic(username, password))).andReturn()
                            .getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(2, TimeUnit.MINUTES)).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(passwordChecks() - checksBefore).isEqualTo(SignInLockout.MAX_FAILURES);
        List<AuditLogEntry> entries = entriesAbout(username);
        assertThat(entries).filteredOn(entry -> entry.action() == AuditAction.SIGN_IN_FAILURE).hasSize(50);
        assertThat(entries).filteredOn(entry -> "user name locked".equals(entry.reason())).hasSize(45);
        assertThat(entries).filteredOn(entry -> entry.action() == AuditAction.LOCK_OUT).hasSize(1);
        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("locked until")));
    }

    @Test
    void fortyRightPasswordsSentAtOnceAllSignInAndLockNothing() throws Exception {
        String username = TestAccounts.create(context, "busy", "Bu Sy", PASSWORD, false, Roles.FRONT_DESK);
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int request = 1; request <= 40; request++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD))).andReturn()
                            .getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(2, TimeUnit.MINUTES)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(lockout.lockedUntil(username, clock.instant())).isEmpty();
    }

    @Test
    void aRightPasswordAmongTheLastAllowedChecksStillSignsInAndLiftsTheLockItsNeighbourMade() throws Exception {
        String username = TestAccounts.create(context, "lucky", "Luc Ky", PASSWORD, false, Roles.FRONT_DESK);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(get("/api/me").with(httpBasic(username, "wrong-" + attempt))).andExpect(status().isUnauthorized());
        }

        mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());

        assertThat(lockout.lockedUntil(username, clock.instant())).isEmpty();
        mvc.perform(get("/api/me").with(httpBasic(username, "wrong-again"))).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("Sign in first")));
    }

    @Test
    void userNamesAreKeyedTheSameWayWhateverTheServersLanguage() throws Exception {
        String username = TestAccounts.create(context, "idris", "Idris Ilhan", PASSWORD, false, Roles.THERAPIST);
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // in Turkish, "I".toLowerCase() is a dotless "ı": the account was not found by its capitals
            mvc.perform(get("/api/me").with(httpBasic(username.toUpperCase(Locale.ROOT), PASSWORD)))
                    .andExpect(status().isOk());
            for (int attempt = 1; attempt <= 5; attempt++) {
                mvc.perform(get("/api/me").with(httpBasic(username.toUpperCase(Locale.ROOT), "wrong-" + attempt)));
            }
            mvc.perform(get("/api/me").with(httpBasic(username, PASSWORD)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail", containsString("locked until")));
        } finally {
            Locale.setDefault(before);
        }
    }

    /** An attempt whose password turned out wrong: until when it locked the user name, or null. */
    private @Nullable Instant failure(String username, Instant at) {
        return lockout.failed(lockout.claim(username, null, at), at).orElse(null);
    }

    private double passwordChecks() {
        return meters.counter(LockingAuthenticationProvider.PASSWORD_CHECKS).count();
    }

    /** What the audit trail says about a user name, done by them or by the given others, newest first. */
    private java.util.List<AuditLogEntry> entriesAbout(String username, String... others) {
        TestAccounts.signIn(context, "admin");
        try {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(username), java.util.Arrays.stream(others))
                    .flatMap(actor -> auditLog.find(new AuditQuery(actor, null, null, null, null, null), 0, 500).stream())
                    .filter(entry -> username.equals(entry.subjectId()) || username.equals(entry.username()))
                    .distinct()
                    .sorted(java.util.Comparator.comparing(AuditLogEntry::occurredAt)
                            .thenComparing(AuditLogEntry::id).reversed())
                    .toList();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private java.util.List<AuditAction> actionsAgainst(String username) {
        return entriesAbout(username).stream().map(AuditLogEntry::action).toList();
    }
}
