package org.imagoclinic.security.internal;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A user account as stored, without its password hash. */
public record Account(UUID id, String username, String displayName, @Nullable String email, boolean enabled,
               boolean mustChangePassword, Set<String> roles, @Nullable UUID staffId) implements Serializable {
}
