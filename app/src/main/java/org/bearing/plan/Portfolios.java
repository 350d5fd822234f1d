package org.bearing.plan;

import java.util.List;
import org.bearing.plan.persistence.PortfolioStore;
import org.bearing.platform.ConflictException;
import org.bearing.platform.ETags;
import org.bearing.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Portfolios and the programs in them. */
@Service
@Transactional
public class Portfolios {
    private final PortfolioStore store;

    public Portfolios(PortfolioStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<Portfolio> portfolios() {
        return store.portfolios();
    }

    @Transactional(readOnly = true)
    public Portfolio portfolio(long id) {
        return store.portfolio(id).orElseThrow(() -> new NotFoundException("Portfolio", id));
    }

    public Portfolio create(PortfolioDraft d) {
        requireFreeName(d.name(), -1);
        return portfolio(store.insertPortfolio(d));
    }

    public Portfolio update(long id, Long expectedVersion, PortfolioDraft d) {
        Portfolio current = portfolio(id);
        ETags.requireCurrent("Portfolio " + id, expectedVersion, current.version());
        requireFreeName(d.name(), id);
        store.updatePortfolio(id, current.version(), d);
        return portfolio(id);
    }

    public void delete(long id, Long expectedVersion) {
        Portfolio current = portfolio(id);
        ETags.requireCurrent("Portfolio " + id, expectedVersion, current.version());
        if (store.portfolioHasPrograms(id)) {
            throw new ConflictException("Portfolio '" + current.name() + "' still has programs; move or delete them first", null);
        }
        store.deletePortfolio(id);
    }

    @Transactional(readOnly = true)
    public List<Program> programs() {
        return store.programs();
    }

    @Transactional(readOnly = true)
    public Program program(long id) {
        return store.program(id).orElseThrow(() -> new NotFoundException("Program", id));
    }

    public Program create(ProgramDraft d) {
        requireValid(d, -1);
        return program(store.insertProgram(d));
    }

    public Program update(long id, Long expectedVersion, ProgramDraft d) {
        Program current = program(id);
        ETags.requireCurrent("Program " + id, expectedVersion, current.version());
        requireValid(d, id);
        store.updateProgram(id, current.version(), d);
        return program(id);
    }

    public void deleteProgram(long id, Long expectedVersion) {
        Program current = program(id);
        ETags.requireCurrent("Program " + id, expectedVersion, current.version());
        if (store.programHasProjects(id)) {
            throw new ConflictException("Program '" + current.name() + "' still has projects; move or delete them first", null);
        }
        store.deleteProgram(id);
    }

    private void requireFreeName(String name, long self) {
        store.portfolioNamed(name).filter(p -> p.id() != self).ifPresent(p -> {
            throw new ConflictException("A portfolio named '" + name + "' already exists", "name");
        });
    }

    private void requireValid(ProgramDraft d, long self) {
        if (d.portfolioId() != null && store.portfolio(d.portfolioId()).isEmpty()) {
            throw new NotFoundException("Portfolio", d.portfolioId(), "portfolioId");
        }
        store.programNamed(d.name()).filter(p -> p.id() != self).ifPresent(p -> {
            throw new ConflictException("A program named '" + d.name() + "' already exists", "name");
        });
    }
}
