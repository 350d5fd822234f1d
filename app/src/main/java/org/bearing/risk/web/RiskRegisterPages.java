package org.bearing.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.platform.InvalidFieldException;
import org.bearing.risk.ConfiguredRiskMatrix;
import org.bearing.risk.HeatMap;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskMatrices;
import org.bearing.risk.RiskMatrix;
import org.bearing.risk.RiskRegister;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The project's risk register page with its heat map, and the settings page of the matrix that scores it. */
@Controller
class RiskRegisterPages {
    private static final Pattern RATING_FIELD = Pattern.compile("ratings\\[(\\d+)](.*)");
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

    @GetMapping("/projects/{id}/risks/matrix")
    String matrix(@PathVariable long id, @RequestParam(required = false) String saved, @RequestParam(required = false) String reset,
                  CsrfToken csrf, Model model) {
        Project project = projects.get(id);
        String notice = saved != null ? "Saved. Scores, ratings and the heat map now follow this matrix."
                : reset != null ? "The project's own matrix was dropped; it uses its program's or the standard one." : null;
        return page(RiskMatrixForm.of(id, project.code(), matrices.ofProject(id)), notice, csrf, model);
    }

    @PostMapping("/projects/{id}/risks/matrix")
    String save(@PathVariable long id, @RequestParam Map<String, String> params, Principal who, CsrfToken csrf, Model model,
                HttpServletResponse response) {
        Project project = projects.get(id);
        RiskMatrixForm form = RiskMatrixForm.posted(id, project.code(), matrices.ofProject(id).source(), params);
        List<Integer> ratingRows = new ArrayList<>();
        RiskMatrix matrix = form.toMatrix(ratingRows);
        if (matrix != null) {
            try {
                matrices.configureProject(id, null, matrix, who.getName());
                return "redirect:/projects/" + id + "/risks/matrix?saved=1";
            } catch (InvalidFieldException e) {
                form.errors().put(formField(e.field(), ratingRows), e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(form, null, csrf, model);
    }

    @PostMapping("/projects/{id}/risks/matrix/reset")
    String reset(@PathVariable long id) {
        matrices.resetProject(id);
        return "redirect:/projects/" + id + "/risks/matrix?reset=1";
    }

    /** The form input a domain field path names: rating indexes count only the rows filled in, so map them back. */
    private static String formField(String field, List<Integer> ratingRows) {
        Matcher m = RATING_FIELD.matcher(field);
        if (m.matches() && Integer.parseInt(m.group(1)) < ratingRows.size()) {
            return "ratings[" + ratingRows.get(Integer.parseInt(m.group(1))) + "]" + m.group(2);
        }
        return field;
    }

    private String page(RiskMatrixForm form, String notice, CsrfToken csrf, Model model) {
        model.addAttribute("project", projects.get(form.projectId()));
        model.addAttribute("form", form);
        model.addAttribute("notice", notice);
        model.addAttribute("csrf", csrf);
        return "risk/matrix";
    }
}
