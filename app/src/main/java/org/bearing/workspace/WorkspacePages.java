package org.bearing.workspace;

import java.time.LocalDate;
import org.bearing.schedule.GanttChart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The browser pages: the portfolio home and each project's overview with its Gantt chart. */
@Controller
class WorkspacePages {
    private final Workspace workspace;

    WorkspacePages(Workspace workspace) {
        this.workspace = workspace;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("cards", workspace.cards());
        return "workspace/home";
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable long id, @RequestParam(defaultValue = "MONTH") GanttChart.Zoom zoom, Model model) {
        model.addAttribute("page", workspace.page(id, zoom, LocalDate.now()));
        return "workspace/project";
    }
}
