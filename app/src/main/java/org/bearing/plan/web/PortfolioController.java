package org.bearing.plan.web;

import jakarta.validation.Valid;
import java.util.List;
import org.bearing.plan.Portfolio;
import org.bearing.plan.PortfolioDraft;
import org.bearing.plan.Portfolios;
import org.bearing.plan.Program;
import org.bearing.plan.ProgramDraft;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.platform.ETags;
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

/** Portfolios and programs. */
@RestController
@RequestMapping("/api/v1")
class PortfolioController {
    private final Portfolios portfolios;
    private final Projects projects;

    PortfolioController(Portfolios portfolios, Projects projects) {
        this.portfolios = portfolios;
        this.projects = projects;
    }

    @GetMapping("/portfolios")
    List<Portfolio> portfolios() {
        return portfolios.portfolios();
    }

    @GetMapping("/portfolios/{id}")
    ResponseEntity<Portfolio> portfolio(@PathVariable long id) {
        Portfolio p = portfolios.portfolio(id);
        return Responses.ok(p, p.version());
    }

    @PostMapping("/portfolios")
    ResponseEntity<Portfolio> create(@Valid @RequestBody PortfolioDraft d) {
        Portfolio p = portfolios.create(d);
        return Responses.created(p, p.id(), p.version());
    }

    @PutMapping("/portfolios/{id}")
    ResponseEntity<Portfolio> update(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                     @Valid @RequestBody PortfolioDraft d) {
        Portfolio p = portfolios.update(id, ETags.parseIfMatch(ifMatch), d);
        return Responses.ok(p, p.version());
    }

    @DeleteMapping("/portfolios/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        portfolios.delete(id, ETags.parseIfMatch(ifMatch));
        return Responses.noContent();
    }

    @GetMapping("/programs")
    List<Program> programs() {
        return portfolios.programs();
    }

    @GetMapping("/programs/{id}")
    ResponseEntity<Program> program(@PathVariable long id) {
        Program p = portfolios.program(id);
        return Responses.ok(p, p.version());
    }

    @GetMapping("/programs/{id}/projects")
    List<Project> projectsOf(@PathVariable long id) {
        portfolios.program(id);
        return projects.inProgram(id);
    }

    @PostMapping("/programs")
    ResponseEntity<Program> createProgram(@Valid @RequestBody ProgramDraft d) {
        Program p = portfolios.create(d);
        return Responses.created(p, p.id(), p.version());
    }

    @PutMapping("/programs/{id}")
    ResponseEntity<Program> updateProgram(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          @Valid @RequestBody ProgramDraft d) {
        Program p = portfolios.update(id, ETags.parseIfMatch(ifMatch), d);
        return Responses.ok(p, p.version());
    }

    @DeleteMapping("/programs/{id}")
    ResponseEntity<Void> deleteProgram(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        portfolios.deleteProgram(id, ETags.parseIfMatch(ifMatch));
        return Responses.noContent();
    }
}
