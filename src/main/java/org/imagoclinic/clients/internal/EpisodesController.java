package org.imagoclinic.clients.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.imagoclinic.clients.Episode;
import org.imagoclinic.clients.EpisodeClosing;
import org.imagoclinic.clients.EpisodesOfCare;
import org.imagoclinic.clients.NewEpisode;
import org.imagoclinic.clients.StatusChange;
import org.imagoclinic.clients.TherapistAssignment;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST: a couple's episodes of care, their steps and the therapists of the open one. */
@Tag(name = "Episodes of care", description = "Opening, starting, pausing and closing a couple's episodes, and their therapists")
@RestController
@RequestMapping("/api/couples/{id}")
class EpisodesController {

    private final EpisodesOfCare episodes;

    EpisodesController(EpisodesOfCare episodes) {
        this.episodes = episodes;
    }

    @Operation(operationId = "listEpisodes", summary = "List the couple's episodes of care")
    @GetMapping("/episodes")
    List<Episode> list(@PathVariable UUID id) {
        return episodes.episodesOf(id);
    }

    @Operation(operationId = "openEpisode", summary = "Open an episode of care")
    @PostMapping("/episodes")
    ResponseEntity<Episode> open(@PathVariable UUID id, @RequestBody(required = false) @Nullable NewEpisode episode) {
        Episode opened = episodes.open(id, episode == null ? new NewEpisode(null, null, null) : episode);
        return ResponseEntity.created(URI.create("/api/couples/" + id + "/episodes/" + opened.id())).body(opened);
    }

    @Operation(operationId = "startEpisode", summary = "Start treatment after intake")
    @PostMapping("/episodes/{episodeId}/start")
    Episode start(@PathVariable UUID id, @PathVariable UUID episodeId,
                  @RequestBody(required = false) @Nullable StatusChange change) {
        return episodes.start(id, episodeId, change == null ? StatusChange.today() : change);
    }

    @Operation(operationId = "pauseEpisode", summary = "Pause an episode of care")
    @PostMapping("/episodes/{episodeId}/pause")
    Episode pause(@PathVariable UUID id, @PathVariable UUID episodeId,
                  @RequestBody(required = false) @Nullable StatusChange change) {
        return episodes.pause(id, episodeId, change == null ? StatusChange.today() : change);
    }

    @Operation(operationId = "resumeEpisode", summary = "Resume a paused episode of care")
    @PostMapping("/episodes/{episodeId}/resume")
    Episode resume(@PathVariable UUID id, @PathVariable UUID episodeId,
                   @RequestBody(required = false) @Nullable StatusChange change) {
        return episodes.resume(id, episodeId, change == null ? StatusChange.today() : change);
    }

    @Operation(operationId = "closeEpisode", summary = "Close an episode of care")
    @PostMapping("/episodes/{episodeId}/close")
    Episode close(@PathVariable UUID id, @PathVariable UUID episodeId, @RequestBody EpisodeClosing closing) {
        return episodes.close(id, episodeId, closing);
    }

    @Operation(operationId = "assignTherapists", summary = "Assign the therapists of the couple's episode")
    @PutMapping("/therapist")
    Episode assignTherapists(@PathVariable UUID id, @RequestBody TherapistAssignment assignment) {
        return episodes.assignTherapists(id, assignment);
    }
}
