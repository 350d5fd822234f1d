package org.bearing.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bearing.plan.Projects;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.RuleViolationException;
import org.bearing.risk.RiskModels;
import org.bearing.risk.RiskRegister;
import org.bearing.risk.SimulationRequest;
import org.bearing.risk.SimulationResults;
import org.bearing.risk.SimulationRun;
import org.bearing.risk.Simulations;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The browser pages of the risk module: Monte Carlo risk analysis and the program risk view (the issue log: {@link IssuePages}). */
@Controller
class RiskPages {
    private final Projects projects;
    private final Simulations simulations;
    private final RiskRegister register;
    private final RiskModels models;

    RiskPages(Projects projects, Simulations simulations, RiskRegister register, RiskModels models) {
        this.projects = projects;
        this.models = models;
        this.simulations = simulations;
        this.register = register;
    }

    // ---- risk analysis ------------------------------------------------------------------------------------------

    @GetMapping("/projects/{id}/simulation")
    String simulation(@PathVariable long id, @RequestParam(required = false) Long run, CsrfToken csrf, Model model) {
        return simulationPage(id, run, "5000", "", Map.of(), csrf, model);
    }

    @PostMapping("/projects/{id}/simulation")
    String start(@PathVariable long id, @RequestParam(defaultValue = "") String iterations, @RequestParam(defaultValue = "") String seed,
                 Principal who, CsrfToken csrf, Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer k = parseInt(iterations.strip());
        Long s = seed.isBlank() ? null : parseLong(seed.strip());
        if (k == null) {
            errors.put("iterations", "Enter a whole number of iterations from " + SimulationRequest.MIN_ITERATIONS + " to "
                    + SimulationRequest.MAX_ITERATIONS + ".");
        }
        if (!seed.isBlank() && s == null) {
            errors.put("seed", "The seed is a whole number (leave it empty for a random one).");
        }
        if (errors.isEmpty()) {
            try {
                SimulationRun r = simulations.request(id, new SimulationRequest(k, s, null, null), who.getName());
                return "redirect:/projects/" + id + "/simulation?run=" + r.id();
            } catch (InvalidFieldException | RuleViolationException e) {
                errors.put(e instanceof InvalidFieldException f ? f.field() : "iterations", e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return simulationPage(id, null, iterations, seed, errors, csrf, model);
    }

    /** The progress fragment htmx polls; once the run is over it sends the browser to the run's results. */
    @GetMapping("/projects/{id}/simulation/runs/{runId}/progress")
    String progress(@PathVariable long id, @PathVariable long runId, Model model, HttpServletResponse response) {
        SimulationRun run = simulations.run(id, runId);
        if (run.status() == SimulationRun.Status.DONE || run.status() == SimulationRun.Status.FAILED) {
            response.setHeader("HX-Redirect", "/projects/" + id + "/simulation?run=" + runId);
        }
        model.addAttribute("run", run);
        return "risk/simulationProgress";
    }

    @GetMapping("/projects/{id}/simulation/compare")
    String compare(@PathVariable long id, @RequestParam long a, @RequestParam long b, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("comparison", simulations.compare(id, a, b));
        model.addAttribute("runA", simulations.run(id, a));
        model.addAttribute("runB", simulations.run(id, b));
        return "risk/simulation-compare";
    }

    private String simulationPage(long id, Long runId, String iterations, String seed, Map<String, String> errors, CsrfToken csrf, Model model) {
        List<SimulationRun> runs = simulations.runs(id);
        SimulationRun selected = runId != null ? simulations.run(id, runId) : runs.isEmpty() ? null : runs.get(0);
        SimulationResults results = selected != null && selected.status() == SimulationRun.Status.DONE
                ? simulations.results(id, selected.id()).orElse(null) : null;
        model.addAttribute("project", projects.get(id));
        model.addAttribute("runs", runs);
        model.addAttribute("riskModel", models.model(id));
        model.addAttribute("selected", selected);
        model.addAttribute("results", results);
        model.addAttribute("finishChart", results == null ? "" : SimulationCharts.finish(results));
        model.addAttribute("tornado", results == null ? "" : SimulationCharts.tornado(results));
        model.addAttribute("iterations", iterations);
        model.addAttribute("seed", seed);
        model.addAttribute("errors", errors);
        model.addAttribute("csrf", csrf);
        return "risk/simulation";
    }

    // ---- program risk view --------------------------------------------------------------------------------------

    @GetMapping("/programs/{id}/risks")
    String programRisks(@PathVariable long id, Model model) {
        model.addAttribute("register", register.programRegister(id));
        model.addAttribute("today", LocalDate.now());
        return "risk/program-risks";
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String s) {
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
