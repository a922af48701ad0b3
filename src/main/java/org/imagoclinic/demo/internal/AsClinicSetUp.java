package org.imagoclinic.demo.internal;

import org.imagoclinic.security.Roles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The demo set-up acting as the system with the administrator's role, for the work only
 * administrators may do (the directory, rooms, hours), before any person has signed in.
 */
final class AsClinicSetUp {

    private AsClinicSetUp() {
    }

    static void run(Runnable work) {
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-clinic-setup", null,
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.ADMIN)));
        SecurityContextHolder.setContext(system);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
