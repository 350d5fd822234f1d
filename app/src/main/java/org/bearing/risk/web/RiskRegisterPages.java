package org.bearing.risk.web;

import java.time.LocalDate;
import org.bearing.plan.Projects;
import org.bearing.risk.ConfiguredRiskMatrix;
import org.bearing.risk.HeatMap;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskMatrices;
import org.bearing.risk.RiskRegister;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The project's risk register page with its heat map (the settings of the matrix that scores it: {@link RiskMatrixPages}). */
@Controller
class RiskRegisterPages {
    private final Projects projects;
    private final RiskRegister register;
    private final RiskMatrices matrices;

    RiskRegisterPages(Projects projects, RiskRegister register, RiskMatrices matrices) {
        this.projects = projects;
        this.register = register;
        this.matrices = matrices;
    }

    @GetMapping("/projects/{id}/risks")
    String register(@PathVariable long id, Model model) {
        ConfiguredRiskMatrix configured = matrices.ofProject(id);
        HeatMap heat = register.heatMap(id, Risk.Kind.THREAT);
        model.addAttribute("project", projects.get(id));
        model.addAttribute("risks", register.risks(id));
        model.addAttribute("heat", heat);
        model.addAttribute("configured", configured);
        model.addAttribute("heatChart", HeatMapChart.svg(heat, configured.matrix()));
        model.addAttribute("today", LocalDate.now());
        return "risk/register";
    }
}
