package org.bearing.risk.web;

import java.security.Principal;
import org.bearing.platform.ETags;
import org.bearing.platform.InvalidFieldException;
import org.bearing.risk.ConfiguredRiskMatrix;
import org.bearing.risk.RiskMatrices;
import org.bearing.risk.RiskMatrix;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The probability–impact matrix of a project's and of a program's register: read it (with where it comes from),
 * replace it (checked; a bad matrix is refused naming the field, and changes nothing), or drop it to inherit again.
 * The ETag is the version of the owner's own matrix (0 while it inherits).
 */
@RestController
class RiskMatrixController {
    private final RiskMatrices matrices;

    RiskMatrixController(RiskMatrices matrices) {
        this.matrices = matrices;
    }

    @GetMapping("/api/v1/projects/{projectId}/risk-matrix")
    ResponseEntity<ConfiguredRiskMatrix> project(@PathVariable long projectId) {
        return reply(matrices.ofProject(projectId));
    }

    @PutMapping("/api/v1/projects/{projectId}/risk-matrix")
    ResponseEntity<ConfiguredRiskMatrix> configureProject(@PathVariable long projectId, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                          @RequestBody(required = false) RiskMatrix matrix, Principal who) {
        return reply(matrices.configureProject(projectId, ETags.parseIfMatch(ifMatch), required(matrix), who.getName()));
    }

    @DeleteMapping("/api/v1/projects/{projectId}/risk-matrix")
    ResponseEntity<ConfiguredRiskMatrix> resetProject(@PathVariable long projectId) {
        return reply(matrices.resetProject(projectId));
    }

    @GetMapping("/api/v1/programs/{programId}/risk-matrix")
    ResponseEntity<ConfiguredRiskMatrix> program(@PathVariable long programId) {
        return reply(matrices.ofProgram(programId));
    }

    @PutMapping("/api/v1/programs/{programId}/risk-matrix")
    ResponseEntity<ConfiguredRiskMatrix> configureProgram(@PathVariable long programId, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                          @RequestBody(required = false) RiskMatrix matrix, Principal who) {
        return reply(matrices.configureProgram(programId, ETags.parseIfMatch(ifMatch), required(matrix), who.getName()));
    }

    @DeleteMapping("/api/v1/programs/{programId}/risk-matrix")
    ResponseEntity<ConfiguredRiskMatrix> resetProgram(@PathVariable long programId) {
        return reply(matrices.resetProgram(programId));
    }

    private static RiskMatrix required(RiskMatrix matrix) {
        if (matrix == null) {
            throw new InvalidFieldException("probability", "send the whole matrix: probability, impact, scores and ratings");
        }
        return matrix;
    }

    private static ResponseEntity<ConfiguredRiskMatrix> reply(ConfiguredRiskMatrix m) {
        return ResponseEntity.ok().eTag(ETags.of(m.version())).body(m);
    }
}
