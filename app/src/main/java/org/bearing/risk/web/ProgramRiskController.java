package org.bearing.risk.web;

import java.security.Principal;
import java.util.List;
import org.bearing.platform.ETags;
import org.bearing.risk.ProgramRiskRegister;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskDraft;
import org.bearing.risk.RiskMatrices;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The program-level register: risks that span a program's projects, listed with each project's risks. */
@RestController
@RequestMapping("/api/v1/programs/{programId}/risks")
class ProgramRiskController {
    private final RiskRegister register;
    private final RiskMatrices matrices;
    private final RepresentationWrites writes;

    ProgramRiskController(RiskRegister register, RiskMatrices matrices, RepresentationWrites writes) {
        this.register = register;
        this.matrices = matrices;
        this.writes = writes;
    }

    /** The program view: its own risks and, per project of the program, that project's register. */
    record ProgramView(long programId, String programName, long openHigh, List<RiskView> programRisks, List<ProjectView> projects) {
    }

    record ProjectView(long projectId, String code, String name, List<RiskView> risks) {
    }

    @GetMapping
    ProgramView view(@PathVariable long programId) {
        ProgramRiskRegister r = register.programRegister(programId);
        return new ProgramView(r.programId(), r.programName(), r.openHigh(), r.programRisks().stream().map(x -> RiskView.of(x, r.matrix())).toList(),
                r.projects().stream().map(p -> new ProjectView(p.projectId(), p.code(), p.name(), p.risks().stream().map(x -> RiskView.of(x, p.matrix())).toList()))
                        .toList());
    }

    @GetMapping("/{riskId}")
    ResponseEntity<RiskView> risk(@PathVariable long programId, @PathVariable long riskId) {
        Risk r = register.getInProgram(programId, riskId);
        return ResponseEntity.ok().eTag(ETags.of(r.version())).body(RiskView.of(r, matrices.ofProgram(programId).matrix()));
    }

    /** Records a program risk from the body GET returns, read-only fields left out ({@link RepresentationWrites}). */
    @PostMapping
    ResponseEntity<RiskView> record(@PathVariable long programId, @RequestBody RiskView body, Principal who) {
        RiskDraft d = writes.toCreate(body);
        Risk r = register.recordInProgram(programId, d, who.getName());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(r.id()).toUri())
                .eTag(ETags.of(r.version())).body(RiskView.of(r, matrices.ofProgram(programId).matrix()));
    }

    /** Replaces a program risk with the body GET returned, edited, under the same rule as a project risk's PUT. */
    @PutMapping("/{riskId}")
    ResponseEntity<RiskView> update(@PathVariable long programId, @PathVariable long riskId,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @RequestBody RiskView body, Principal who) {
        Long expected = ETags.parseIfMatch(ifMatch);
        Risk current = register.getInProgram(programId, riskId);
        RiskDraft d = writes.toReplace(body, RiskView.of(current, matrices.ofProgram(programId).matrix()), expected, "Risk " + riskId);
        Risk r = register.updateInProgram(programId, riskId, current.version(), d, who.getName());
        return ResponseEntity.ok().eTag(ETags.of(r.version())).body(RiskView.of(r, matrices.ofProgram(programId).matrix()));
    }

    @GetMapping("/{riskId}/history")
    List<ScoreChange> history(@PathVariable long programId, @PathVariable long riskId) {
        return register.historyInProgram(programId, riskId);
    }

    @DeleteMapping("/{riskId}")
    ResponseEntity<Void> delete(@PathVariable long programId, @PathVariable long riskId,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        register.deleteInProgram(programId, riskId, ETags.parseIfMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
