package org.bearing.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.bearing.platform.ETags;
import org.bearing.risk.HeatMap;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskDraft;
import org.bearing.risk.RiskMatrices;
import org.bearing.risk.RiskMatrix;
import org.bearing.risk.RiskRegister;
import org.bearing.risk.ScoreChange;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A project's risk register, each risk's score history, and the heat map. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}")
class RiskController {
    private final RiskRegister register;
    private final RiskMatrices matrices;
    private final RepresentationWrites writes;

    RiskController(RiskRegister register, RiskMatrices matrices, RepresentationWrites writes) {
        this.register = register;
        this.matrices = matrices;
        this.writes = writes;
    }

    @GetMapping("/risks")
    List<RiskView> risks(@PathVariable long projectId) {
        RiskMatrix m = matrices.forProject(projectId);
        return register.risks(projectId).stream().map(r -> RiskView.of(r, m)).toList();
    }

    @GetMapping("/risks/{riskId}")
    ResponseEntity<RiskView> risk(@PathVariable long projectId, @PathVariable long riskId) {
        Risk r = register.get(projectId, riskId);
        return ResponseEntity.ok().eTag(ETags.of(r.version())).body(RiskView.of(r, matrices.forProject(projectId)));
    }

    /** Records a risk from the body GET returns, read-only fields left out ({@link RepresentationWrites}). */
    @Operation(summary = "Record a risk", description = "The body is the shape GET returns; read-only fields (id, version, code, scores...) "
            + "must be left out, else 422 read-only-field naming the field.")
    @PostMapping("/risks")
    ResponseEntity<RiskView> record(@PathVariable long projectId, @RequestBody RiskView body, Principal who) {
        RiskDraft d = writes.toCreate(body);
        Risk r = register.record(projectId, d, who.getName());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(r.id()).toUri())
                .eTag(ETags.of(r.version())).body(RiskView.of(r, matrices.forProject(projectId)));
    }

    /**
     * Replaces a risk with the body GET returned, edited: read-only fields sent back unchanged are ignored, a changed
     * one is refused naming it ({@link RepresentationWrites}). The write is checked against the version the read-only
     * fields were compared with, so a risk changed in between is refused (412) rather than overwritten.
     */
    @Operation(summary = "Replace a risk", description = "Send back the body GET returned with the fields you change. Read-only fields "
            + "(id, version, projectId, programId, code, score, rating, ratingColour, residualScore, expectedMonetaryValue, stale) may be "
            + "left out or sent unchanged (then ignored); a changed one is refused with 422 read-only-field naming it. version in the "
            + "body works like If-Match (412 when not current).")
    @PutMapping("/risks/{riskId}")
    ResponseEntity<RiskView> update(@PathVariable long projectId, @PathVariable long riskId,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @RequestBody RiskView body, Principal who) {
        Long expected = ETags.parseIfMatch(ifMatch);
        Risk current = register.get(projectId, riskId);
        RiskDraft d = writes.toReplace(body, RiskView.of(current, matrices.forProject(projectId)), expected, "Risk " + riskId);
        Risk r = register.update(projectId, riskId, current.version(), d, who.getName());
        return ResponseEntity.ok().eTag(ETags.of(r.version())).body(RiskView.of(r, matrices.forProject(projectId)));
    }

    @DeleteMapping("/risks/{riskId}")
    ResponseEntity<Void> delete(@PathVariable long projectId, @PathVariable long riskId,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        register.delete(projectId, riskId, ETags.parseIfMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/risks/{riskId}/history")
    List<ScoreChange> history(@PathVariable long projectId, @PathVariable long riskId) {
        return register.history(projectId, riskId);
    }

    @GetMapping("/risk-heat-map")
    HeatMap heatMap(@PathVariable long projectId, @RequestParam(defaultValue = "THREAT") Risk.Kind kind) {
        return register.heatMap(projectId, kind);
    }
}
