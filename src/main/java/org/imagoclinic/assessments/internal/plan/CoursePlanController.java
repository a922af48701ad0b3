package org.imagoclinic.assessments.internal.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.imagoclinic.assessments.CoursePlan;
import org.imagoclinic.assessments.CoursePlanInput;
import org.imagoclinic.assessments.CoursePlans;
import org.imagoclinic.assessments.NewPlanReview;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST: the course plan of a couple's episode of care. {@code PUT} saves the whole plan as a new
 * version (a goal keeps its {@code id} to keep its reviews); {@code POST …/reviews} records progress
 * on every goal and answers with the plan; {@code GET …/pdf} prints it for the couple's file.
 */
@Tag(name = "Course plan", description = "Each episode's goals, targets and reviews")
@RestController
@RequestMapping("/api/couples/{coupleId}/course-plan")
class CoursePlanController {

    private final CoursePlans plans;

    CoursePlanController(CoursePlans plans) {
        this.plans = plans;
    }

    @Operation(operationId = "getCoursePlan", summary = "Read the couple's course plan")
    @GetMapping
    CoursePlan plan(@PathVariable UUID coupleId) {
        return plans.planOf(coupleId);
    }

    @Operation(operationId = "saveCoursePlan", summary = "Save the couple's course plan")
    @PutMapping
    CoursePlan save(@PathVariable UUID coupleId, @RequestBody CoursePlanInput body) {
        return plans.save(coupleId, body);
    }

    @Operation(operationId = "reviewCoursePlan", summary = "Record a review of the course plan")
    @PostMapping("/reviews")
    ResponseEntity<CoursePlan> review(@PathVariable UUID coupleId, @RequestBody NewPlanReview body) {
        return ResponseEntity.created(URI.create("/api/couples/" + coupleId + "/course-plan"))
                .body(plans.review(coupleId, body));
    }

    @Operation(operationId = "coursePlanPdf", summary = "Download the course plan as PDF")
    @GetMapping(value = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable UUID coupleId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("course-plan.pdf")
                        .build().toString())
                .body(plans.printable(coupleId));
    }
}
