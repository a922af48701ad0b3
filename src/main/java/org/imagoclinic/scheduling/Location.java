package org.imagoclinic.scheduling;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A place where the clinic works; rooms belong to one. */
public record Location(UUID id, String name, @Nullable String address, boolean active) {
}
