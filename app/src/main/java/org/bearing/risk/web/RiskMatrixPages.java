package org.bearing.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bearing.plan.Portfolios;
import org.bearing.plan.Projects;
import org.bearing.platform.InvalidFieldException;
import org.bearing.risk.ConfiguredRiskMatrix;
import org.bearing.risk.RiskMatrices;
import org.bearing.risk.RiskMatrix;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The settings pages of the matrix that scores a project's register and of the one that scores a program's (its own
 * risks, and its projects without a matrix of their own). Both show one form ({@link RiskMatrixForm}); a refused
 * matrix re-renders with status 400 and each message beside its field, and stores nothing.
 */
@Controller
class RiskMatrixPages {
    private static final Pattern RATING_FIELD = Pattern.compile("ratings\\[(\\d+)](.*)");
    private final Projects projects;
    private final Portfolios portfolios;
    private final RiskMatrices matrices;

    RiskMatrixPages(Projects projects, Portfolios portfolios, RiskMatrices matrices) {
        this.projects = projects;
        this.portfolios = portfolios;
        this.matrices = matrices;
    }

    /** A project's ({@code /projects/…}) or a program's ({@code /programs/…}) matrix settings. */
    private static final String PAGE = "/{owners:projects|programs}/{id}/risks/matrix";

    @GetMapping(PAGE)
    String matrix(@PathVariable String owners, @PathVariable long id, @RequestParam(required = false) String saved,
                  @RequestParam(required = false) String reset, CsrfToken csrf, Model model) {
        RiskMatrixOwner owner = owner(owners, id);
        return page(RiskMatrixForm.of(owner, inUse(owner)), notice(owner, saved, reset), csrf, model);
    }

    @PostMapping(PAGE)
    String save(@PathVariable String owners, @PathVariable long id, @RequestParam Map<String, String> params, Principal who,
                CsrfToken csrf, Model model, HttpServletResponse response) {
        RiskMatrixOwner owner = owner(owners, id);
        return save(RiskMatrixForm.posted(owner, inUse(owner).source(), params), matrix -> {
            if (owner.kind() == RiskMatrixOwner.Kind.PROJECT) {
                matrices.configureProject(id, null, matrix, who.getName());
            } else {
                matrices.configureProgram(id, null, matrix, who.getName());
            }
        }, csrf, model, response);
    }

    @PostMapping(PAGE + "/reset")
    String reset(@PathVariable String owners, @PathVariable long id) {
        RiskMatrixOwner owner = owner(owners, id);
        if (owner.kind() == RiskMatrixOwner.Kind.PROJECT) {
            matrices.resetProject(id);
        } else {
            matrices.resetProgram(id);
        }
        return "redirect:" + owner.matrixUrl() + "?reset=1";
    }

    private RiskMatrixOwner owner(String owners, long id) {
        return owners.equals("projects") ? RiskMatrixOwner.of(projects.get(id)) : RiskMatrixOwner.of(portfolios.program(id));
    }

    /** The matrix that scores the owner's register now: its own, or the one it falls back to. */
    private ConfiguredRiskMatrix inUse(RiskMatrixOwner owner) {
        return owner.kind() == RiskMatrixOwner.Kind.PROJECT ? matrices.ofProject(owner.id()) : matrices.ofProgram(owner.id());
    }

    private static String notice(RiskMatrixOwner owner, String saved, String reset) {
        return saved != null ? owner.savedNotice() : reset != null ? owner.resetNotice() : null;
    }

    /**
     * Stores the posted matrix through {@code configure} and redirects to the page with a notice, or re-renders the
     * form with status 400 and the errors: numbers that do not parse, or the first rule the domain check refuses.
     */
    private String save(RiskMatrixForm form, Consumer<RiskMatrix> configure, CsrfToken csrf, Model model, HttpServletResponse response) {
        List<Integer> ratingRows = new ArrayList<>();
        RiskMatrix matrix = form.toMatrix(ratingRows);
        if (matrix != null) {
            try {
                configure.accept(matrix);
                return "redirect:" + form.owner().matrixUrl() + "?saved=1";
            } catch (InvalidFieldException e) {
                form.errors().put(formField(e.field(), ratingRows), e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(form, null, csrf, model);
    }

    /** The form input a domain field path names: rating indexes count only the rows filled in, so map them back. */
    private static String formField(String field, List<Integer> ratingRows) {
        Matcher m = RATING_FIELD.matcher(field);
        if (m.matches() && Integer.parseInt(m.group(1)) < ratingRows.size()) {
            return "ratings[" + ratingRows.get(Integer.parseInt(m.group(1))) + "]" + m.group(2);
        }
        return field;
    }

    private static String page(RiskMatrixForm form, String notice, CsrfToken csrf, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("notice", notice);
        model.addAttribute("csrf", csrf);
        return "risk/matrix";
    }
}
