package org.imagoclinic.security.internal;

import org.springframework.context.ApplicationContext;

/** Web sessions of a signed-in test account, for tests of what time does to them. */
public final class TestSessions {

    private TestSessions() {
    }

    /** Gives the account's open web sessions an idle time-out of the given seconds; returns how many it changed. */
    public static int timeOutAfter(ApplicationContext context, String username, int seconds) {
        var account = context.getBean(AccountRepository.class).findByUsername(username).orElseThrow().account();
        var sessions = context.getBean(SignedInSessions.class).of(account.id());
        sessions.forEach(session -> session.setMaxInactiveInterval(seconds));
        return sessions.size();
    }
}
