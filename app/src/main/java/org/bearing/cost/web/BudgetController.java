package org.bearing.cost.web;

import java.util.Map;
import org.bearing.cost.Budget;
import org.bearing.cost.Budgets;
import org.bearing.cost.ControlAccounts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A project's budget (by task and WBS, reserves, funding against PV) and its control accounts. */
@RestController
class BudgetController {
    private final Budgets budgets;
    private final ControlAccounts controlAccounts;

    BudgetController(Budgets budgets, ControlAccounts controlAccounts) {
        this.budgets = budgets;
        this.controlAccounts = controlAccounts;
    }

    @GetMapping("/api/v1/projects/{projectId}/budget")
    Budget budget(@PathVariable long projectId) {
        return budgets.budget(projectId);
    }

    /** The control account manager of each control account, by task id. */
    @GetMapping("/api/v1/projects/{projectId}/control-accounts")
    Map<Long, String> controlAccounts(@PathVariable long projectId) {
        return controlAccounts.managers(projectId);
    }

    /** Body of a designation: the control account manager. */
    record Designation(String manager) {
    }

    @PutMapping("/api/v1/projects/{projectId}/control-accounts/{taskId}")
    Map<Long, String> designate(@PathVariable long projectId, @PathVariable long taskId, @RequestBody Designation d) {
        controlAccounts.designate(projectId, taskId, d.manager());
        return controlAccounts.managers(projectId);
    }

    @DeleteMapping("/api/v1/projects/{projectId}/control-accounts/{taskId}")
    ResponseEntity<Void> remove(@PathVariable long projectId, @PathVariable long taskId) {
        controlAccounts.remove(projectId, taskId);
        return ResponseEntity.noContent().build();
    }
}
