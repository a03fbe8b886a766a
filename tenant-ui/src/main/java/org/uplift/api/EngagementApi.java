package org.uplift.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.uplift.assessment.evidence.EvidenceContent;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.engagement.EngagementMilestone;
import org.uplift.marketplace.engagement.EngagementMilestones;
import org.uplift.marketplace.engagement.EngagementRating;
import org.uplift.marketplace.engagement.EngagementStatus;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.engagement.EvidenceUpload;
import org.uplift.marketplace.quote.QuoteNeed;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.tenancy.TenantKind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The caller's engagements, as the SME or as the provider, and their steps: the provider delivers a milestone
 * (a note, optionally evidence files), the SME's owner confirms it or sends it back, completes and rates. One the
 * caller is no party to is "not found", as is a milestone index that is not a number or not there; who may take a
 * step is decided by the domain (400 with the field's message otherwise).
 */
@RestController
@RequestMapping("/api/v1/engagements")
@Tag(name = "Engagements", description = "服务项目: what an SME and a provider agreed from an accepted quote, and its milestones")
class EngagementApi {

    private final ApiCaller caller;
    private final Engagements engagements;
    private final EngagementMilestones milestones;

    EngagementApi(ApiCaller caller, Engagements engagements, EngagementMilestones milestones) {
        this.caller = caller;
        this.engagements = engagements;
        this.milestones = milestones;
    }

    /** {@code id} is the accepted quote's id; money in fen; milestones in order, addressed by their index from 0. */
    record EngagementView(String id, EngagementStatus status, String smeTenantId, String smeName,
            String providerTenantId, String providerName, QuoteNeed need, long priceFen, List<CostLine> costLines,
            String scope, Integer timelineWeeks, LocalDate deliverBy, List<EngagementMilestone> milestones,
            Instant startedAt, Instant completedAt, EngagementRating rating) {
        static EngagementView of(Engagement e) {
            return new EngagementView(e.getEngagementId(), e.getStatus(), e.getSmeTenantId(), e.getSmeName(),
                    e.getProviderTenantId(), e.getProviderName(), e.getNeed(), e.getPriceFen(), e.getCostLines(),
                    e.getScope(), e.getTimelineWeeks(), e.getDeliverBy(), e.getMilestones(), e.getStartedAt(),
                    e.getCompletedAt(), e.getRating());
        }
    }

    record DeliveryBody(String note) {
    }

    record SendBackBody(String reason) {
    }

    record RatingBody(Integer stars, String comment) {
    }

    @GetMapping
    @Operation(summary = "The caller's engagements, newest first")
    List<EngagementView> list() {
        party();
        return engagements.mine().stream().map(EngagementView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's engagements")
    EngagementView get(@PathVariable String id) {
        return EngagementView.of(visible(id));
    }

    /** Multipart: field {@code note}, zero or more parts {@code file} (PDF, images, Office documents without macros). */
    @PostMapping(path = "/{id}/milestones/{index}/deliver", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Deliver a milestone (provider): a note and evidence files, kept in the SME's records")
    EngagementView deliver(@PathVariable String id, @PathVariable String index,
            @RequestParam(name = "note", required = false) String note,
            @RequestParam(name = "file", required = false) List<MultipartFile> files) {
        int milestone = milestoneOf(visible(id), index);
        List<InputStream> opened = new ArrayList<>();
        try {
            List<EvidenceUpload> uploads = new ArrayList<>();
            for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
                InputStream content = file.getInputStream();
                opened.add(content);
                uploads.add(new EvidenceUpload(file.getOriginalFilename(), file.getSize(), content));
            }
            return EngagementView.of(milestones.deliver(id, milestone, note, uploads));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            opened.forEach(EngagementApi::closeQuietly);
        }
    }

    @PostMapping(path = "/{id}/milestones/{index}/deliver", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Deliver a milestone without files (provider)")
    EngagementView deliverNote(@PathVariable String id, @PathVariable String index,
            @RequestBody(required = false) DeliveryBody body) {
        int milestone = milestoneOf(visible(id), index);
        return EngagementView.of(milestones.deliver(id, milestone, body == null ? null : body.note(), List.of()));
    }

    @PostMapping("/{id}/milestones/{index}/confirm")
    @Operation(summary = "Confirm a delivered milestone (the SME's owner)")
    EngagementView confirm(@PathVariable String id, @PathVariable String index) {
        int milestone = milestoneOf(visible(id), index);
        return EngagementView.of(milestones.confirm(id, milestone));
    }

    @PostMapping("/{id}/milestones/{index}/send-back")
    @Operation(summary = "Send a delivered milestone back to the provider, with the reason (the SME's owner)")
    EngagementView sendBack(@PathVariable String id, @PathVariable String index,
            @RequestBody(required = false) SendBackBody body) {
        int milestone = milestoneOf(visible(id), index);
        return EngagementView.of(milestones.sendBack(id, milestone, body == null ? null : body.reason()));
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Confirm the completion once every milestone is confirmed (the SME's owner)")
    EngagementView complete(@PathVariable String id) {
        visible(id);
        return EngagementView.of(milestones.complete(id));
    }

    @PostMapping("/{id}/rating")
    @Operation(summary = "Rate the provider of a completed engagement, once: stars 1–5 and a comment (the SME's owner)")
    EngagementView rate(@PathVariable String id, @RequestBody(required = false) RatingBody body) {
        visible(id);
        return EngagementView.of(milestones.rate(id, body == null ? null : body.stars(),
                body == null ? null : body.comment()));
    }

    /** A delivery's evidence file, for either party, with its sniffed content type and its name. */
    @GetMapping("/{id}/evidence/{fileId}")
    @Operation(summary = "Download a milestone's evidence file")
    ResponseEntity<InputStreamResource> evidence(@PathVariable String id, @PathVariable String fileId) {
        visible(id);
        EvidenceContent content = milestones.evidence(id, fileId).orElseThrow(ApiProblems.NotFound::new);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.file().contentType()))
                .contentLength(content.file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.file().filename(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(content.content()));
    }

    /** 403 for tenants that are neither SME nor provider, 404 for an engagement the caller is no party to. */
    private Engagement visible(String id) {
        party();
        return engagements.find(id).orElseThrow(ApiProblems.NotFound::new);
    }

    /** A path index is parsed only after the engagement proved visible, so a stranger learns nothing from it. */
    private static int milestoneOf(Engagement e, String index) {
        try {
            int i = Integer.parseInt(index);
            e.milestone(i).orElseThrow(ApiProblems.NotFound::new);
            return i;
        } catch (NumberFormatException notANumber) {
            throw new ApiProblems.NotFound();
        }
    }

    private void party() {
        TenantKind kind = caller.get().tenantKind();
        if (kind != TenantKind.ENTERPRISE && kind != TenantKind.PROVIDER) {
            throw new ApiProblems.Forbidden();
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the upload's temporary file is removed by the container anyway
        }
    }
}
