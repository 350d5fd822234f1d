package org.bearing.risk.web;

import java.util.List;
import org.bearing.plan.Program;
import org.bearing.plan.Project;
import org.bearing.risk.ConfiguredRiskMatrix;

/**
 * Whose matrix a settings page edits: a project's or a program's. The one form and template serve both; this record
 * carries what differs between them — addresses, breadcrumbs, whether the project tabs show, and the wording of where
 * the matrix in use comes from (a project uses its own, its program's or the standard one; a program its own or the
 * standard one).
 *
 * @param kind project or program
 * @param id   the project's or program's id
 * @param name what the page calls the owner: a project's code, a program's name
 */
public record RiskMatrixOwner(Kind kind, long id, String name) {

    /** The owners a matrix can be configured on. */
    public enum Kind { PROJECT, PROGRAM }

    /** One link of the breadcrumb trail. */
    public record Crumb(String label, String href) {
    }

    static RiskMatrixOwner of(Project project) {
        return new RiskMatrixOwner(Kind.PROJECT, project.id(), project.code());
    }

    static RiskMatrixOwner of(Program program) {
        return new RiskMatrixOwner(Kind.PROGRAM, program.id(), program.name());
    }

    /** The risk register the matrix scores. */
    public String registerUrl() {
        return (kind == Kind.PROJECT ? "/projects/" : "/programs/") + id + "/risks";
    }

    /** The settings page itself; the form posts here and the reset to {@code /reset} below it. */
    public String matrixUrl() {
        return registerUrl() + "/matrix";
    }

    public List<Crumb> crumbs() {
        return kind == Kind.PROJECT
                ? List.of(new Crumb("Portfolio", "/"), new Crumb(name, "/projects/" + id), new Crumb("Risks", registerUrl()))
                : List.of(new Crumb("Portfolio", "/"), new Crumb(name + " risks", registerUrl()));
    }

    /** Only a project's pages carry the project tabs. */
    public boolean projectTabs() {
        return kind == Kind.PROJECT;
    }

    /** Whether the owner has a matrix of its own (what the reset button drops). */
    public boolean ownsMatrix(ConfiguredRiskMatrix.Source source) {
        return source == (kind == Kind.PROJECT ? ConfiguredRiskMatrix.Source.PROJECT : ConfiguredRiskMatrix.Source.PROGRAM);
    }

    /** "the project's own matrix", "its program's matrix", "the program's own matrix" or "the standard matrix". */
    public String using(ConfiguredRiskMatrix.Source source) {
        if (ownsMatrix(source)) {
            return kind == Kind.PROJECT ? "the project's own matrix" : "the program's own matrix";
        }
        return source == ConfiguredRiskMatrix.Source.PROGRAM ? "its program's matrix" : "the standard matrix";
    }

    /** What saving does, beyond the owner's own register. */
    public String savingNote() {
        return kind == Kind.PROJECT ? "Saving gives the project its own"
                : "Saving gives the program its own, which also scores its projects that have none of their own";
    }

    /** The currency impact costs are in: a program's projects may each keep theirs. */
    public String currency() {
        return kind == Kind.PROJECT ? "project currency" : "each project's currency";
    }

    public String savedNotice() {
        return kind == Kind.PROJECT ? "Saved. Scores, ratings and the heat map now follow this matrix."
                : "Saved. The program's risks and its projects without a matrix of their own now score with this matrix.";
    }

    public String resetNotice() {
        return kind == Kind.PROJECT ? "The project's own matrix was dropped; it uses its program's or the standard one."
                : "The program's own matrix was dropped; it and its projects without their own use the standard one.";
    }

    public String resetLabel() {
        return kind == Kind.PROJECT ? "Drop the project's matrix" : "Drop the program's matrix";
    }
}
