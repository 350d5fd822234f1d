package org.bearing.plan.persistence;

import java.util.List;
import java.util.Optional;
import org.bearing.plan.Portfolio;
import org.bearing.plan.PortfolioDraft;
import org.bearing.plan.Program;
import org.bearing.plan.ProgramDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code portfolio} and {@code program}. */
@Repository
public class PortfolioStore {
    private final JdbcClient jdbc;

    public PortfolioStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Portfolio> portfolios() {
        return jdbc.sql("select * from portfolio order by name").query((rs, i) -> portfolio(rs)).list();
    }

    public Optional<Portfolio> portfolio(long id) {
        return jdbc.sql("select * from portfolio where id = ?").param(id).query((rs, i) -> portfolio(rs)).optional();
    }

    public Optional<Portfolio> portfolioNamed(String name) {
        return jdbc.sql("select * from portfolio where name = ?").param(name).query((rs, i) -> portfolio(rs)).optional();
    }

    public long insertPortfolio(PortfolioDraft d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into portfolio (name, description) values (?, ?)").params(d.name(), d.description()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updatePortfolio(long id, long version, PortfolioDraft d) {
        VersionedUpdate.requireOne(jdbc.sql("update portfolio set name = ?, description = ?, version = version + 1 where id = ? and version = ?")
                .params(d.name(), d.description(), id, version).update(), "Portfolio", id);
    }

    public int deletePortfolio(long id) {
        return jdbc.sql("delete from portfolio where id = ?").param(id).update();
    }

    public List<Program> programs() {
        return jdbc.sql("select * from program order by name").query((rs, i) -> program(rs)).list();
    }

    public Optional<Program> program(long id) {
        return jdbc.sql("select * from program where id = ?").param(id).query((rs, i) -> program(rs)).optional();
    }

    public Optional<Program> programNamed(String name) {
        return jdbc.sql("select * from program where name = ?").param(name).query((rs, i) -> program(rs)).optional();
    }

    public long insertProgram(ProgramDraft d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into program (portfolio_id, name, description, sponsor, manager) values (?, ?, ?, ?, ?)")
                .params(d.portfolioId(), d.name(), d.description(), d.sponsor(), d.manager()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateProgram(long id, long version, ProgramDraft d) {
        VersionedUpdate.requireOne(jdbc.sql("""
                        update program set portfolio_id = ?, name = ?, description = ?, sponsor = ?, manager = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(d.portfolioId(), d.name(), d.description(), d.sponsor(), d.manager(), id, version).update(), "Program", id);
    }

    public int deleteProgram(long id) {
        return jdbc.sql("delete from program where id = ?").param(id).update();
    }

    public boolean portfolioHasPrograms(long id) {
        return jdbc.sql("select count(*) from program where portfolio_id = ?").param(id).query(Long.class).single() > 0;
    }

    public boolean programHasProjects(long id) {
        return jdbc.sql("select count(*) from project where program_id = ?").param(id).query(Long.class).single() > 0;
    }

    private static Portfolio portfolio(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Portfolio(rs.getLong("id"), rs.getLong("version"), rs.getString("name"), rs.getString("description"));
    }

    private static Program program(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Program(rs.getLong("id"), rs.getLong("version"), Rows.longOrNull(rs, "portfolio_id"), rs.getString("name"),
                rs.getString("description"), rs.getString("sponsor"), rs.getString("manager"));
    }
}
