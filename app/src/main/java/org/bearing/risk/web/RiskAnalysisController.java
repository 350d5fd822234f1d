package org.bearing.risk.web;

import java.security.Principal;
import java.util.List;
import org.bearing.risk.QuantitativeRiskModel;
import org.bearing.risk.RiskModels;
import org.bearing.risk.SimulationComparison;
import org.bearing.risk.SimulationInputs;
import org.bearing.risk.SimulationRequest;
import org.bearing.risk.SimulationResults;
import org.bearing.risk.SimulationRun;
import org.bearing.risk.Simulations;
import org.bearing.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A project's quantitative risk model and its Monte Carlo runs. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}")
class RiskAnalysisController {
    private final RiskModels models;
    private final Simulations simulations;

    RiskAnalysisController(RiskModels models, Simulations simulations) {
        this.models = models;
        this.simulations = simulations;
    }

    @GetMapping("/risk-model")
    QuantitativeRiskModel model(@PathVariable long projectId) {
        return models.model(projectId);
    }

    @PutMapping("/risk-model")
    QuantitativeRiskModel replace(@PathVariable long projectId, @RequestBody QuantitativeRiskModel model) {
        return models.replace(projectId, model);
    }

    /** Starts a run: 202 Accepted with the QUEUED run; poll its Location until DONE. */
    @PostMapping("/simulations")
    ResponseEntity<SimulationRun> start(@PathVariable long projectId, @RequestBody SimulationRequest request, Principal who) {
        SimulationRun run = simulations.request(projectId, request, who.getName());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(run.id()).toUri()).body(run);
    }

    @GetMapping("/simulations")
    List<SimulationRun> runs(@PathVariable long projectId) {
        return simulations.runs(projectId);
    }

    /** A run with its results once DONE (null before). */
    record RunView(SimulationRun run, SimulationResults results) {
    }

    @GetMapping("/simulations/{runId}")
    RunView run(@PathVariable long projectId, @PathVariable long runId) {
        SimulationRun run = simulations.run(projectId, runId);
        return new RunView(run, run.status() == SimulationRun.Status.DONE ? simulations.results(projectId, runId).orElse(null) : null);
    }

    @GetMapping("/simulations/{runId}/inputs")
    SimulationInputs inputs(@PathVariable long projectId, @PathVariable long runId) {
        return simulations.inputs(projectId, runId)
                .orElseThrow(() -> new NotFoundException("Inputs of simulation run", runId + " (it has not started)"));
    }

    @GetMapping("/simulations/compare")
    SimulationComparison compare(@PathVariable long projectId, @RequestParam long a, @RequestParam long b) {
        return simulations.compare(projectId, a, b);
    }
}
