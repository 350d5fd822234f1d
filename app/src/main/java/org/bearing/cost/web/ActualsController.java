package org.bearing.cost.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.bearing.cost.Actual;
import org.bearing.cost.Actuals;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Actuals of a project: cost and time entries with their approval, reserves and funding. The signed-in user is the
 * submitter or the decider, which is how the approval policy tells someone's own entries.
 */
@RestController
class ActualsController {
    private final Actuals actuals;

    ActualsController(Actuals actuals) {
        this.actuals = actuals;
    }

    @GetMapping("/api/v1/projects/{projectId}/cost-entries")
    List<Actual.CostEntry> costEntries(@PathVariable long projectId) {
        return actuals.costEntries(projectId);
    }

    @PostMapping("/api/v1/projects/{projectId}/cost-entries")
    ResponseEntity<Actual.CostEntry> submitCost(@PathVariable long projectId, @RequestBody Actual.CostEntryDraft d,
                                                Principal who) {
        Actual.CostEntry e = actuals.submit(projectId, d, who.getName());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/cost-entries/" + e.id())).body(e);
    }

    @PostMapping("/api/v1/projects/{projectId}/cost-entries/{entryId}/decision")
    Actual.CostEntry decideCost(@PathVariable long projectId, @PathVariable long entryId, @RequestBody Actual.Decision d,
                                Principal who) {
        return actuals.decideCost(projectId, entryId, d, who.getName());
    }

    @GetMapping("/api/v1/projects/{projectId}/time-entries")
    List<Actual.TimeEntry> timeEntries(@PathVariable long projectId) {
        return actuals.timeEntries(projectId);
    }

    @PostMapping("/api/v1/projects/{projectId}/time-entries")
    ResponseEntity<Actual.TimeEntry> submitTime(@PathVariable long projectId, @RequestBody Actual.TimeEntryDraft d,
                                                Principal who) {
        Actual.TimeEntry e = actuals.submit(projectId, d, who.getName());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/time-entries/" + e.id())).body(e);
    }

    @PostMapping("/api/v1/projects/{projectId}/time-entries/{entryId}/decision")
    Actual.TimeEntry decideTime(@PathVariable long projectId, @PathVariable long entryId, @RequestBody Actual.Decision d,
                                Principal who) {
        return actuals.decideTime(projectId, entryId, d, who.getName());
    }

    @GetMapping("/api/v1/projects/{projectId}/reserves")
    Actual.Reserves reserves(@PathVariable long projectId) {
        return actuals.reserves(projectId);
    }

    @PutMapping("/api/v1/projects/{projectId}/reserves")
    Actual.Reserves setReserves(@PathVariable long projectId, @RequestBody Actual.Reserves r) {
        return actuals.setReserves(projectId, r);
    }

    /** Funding by period. */
    record Funding(List<Actual.FundingPeriod> periods) {
    }

    @GetMapping("/api/v1/projects/{projectId}/funding")
    Funding funding(@PathVariable long projectId) {
        return new Funding(actuals.funding(projectId));
    }

    @PutMapping("/api/v1/projects/{projectId}/funding")
    Funding setFunding(@PathVariable long projectId, @RequestBody Funding f) {
        return new Funding(actuals.setFunding(projectId, f.periods()));
    }
}
