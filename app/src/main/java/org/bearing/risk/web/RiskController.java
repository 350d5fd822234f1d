package org.bearing.risk.web;

import jakarta.validation.Valid;
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

    RiskController(RiskRegister register, RiskMatrices matrices) {
        this.register = register;
        this.matrices = matrices;
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

    @PostMapping("/risks")
    ResponseEntity<RiskView> record(@PathVariable long projectId, @Valid @RequestBody RiskDraft d, Principal who) {
        Risk r = register.record(projectId, d, who.getName());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(r.id()).toUri())
                .eTag(ETags.of(r.version())).body(RiskView.of(r, matrices.forProject(projectId)));
    }

    @PutMapping("/risks/{riskId}")
    ResponseEntity<RiskView> update(@PathVariable long projectId, @PathVariable long riskId,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @Valid @RequestBody RiskDraft d, Principal who) {
        Risk r = register.update(projectId, riskId, ETags.parseIfMatch(ifMatch), d, who.getName());
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
