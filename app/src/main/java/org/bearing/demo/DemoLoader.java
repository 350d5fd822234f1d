package org.bearing.demo;

import org.bearing.plan.Projects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo portfolio at start when {@code bearing.demo=true}. The whole portfolio is one transaction and is
 * skipped when its flagship project already exists, so loading it twice changes nothing.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("bearing.demo")
class DemoLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private final DemoPortfolio portfolio;
    private final Projects projects;
    private final TransactionTemplate tx;

    DemoLoader(DemoPortfolio portfolio, Projects projects, TransactionTemplate tx) {
        this.portfolio = portfolio;
        this.projects = projects;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (projects.byCode(DemoPortfolio.FLAGSHIP).isPresent()) {
            log.info("Demo portfolio already loaded; nothing to do");
            return;
        }
        tx.executeWithoutResult(status -> portfolio.load());
        log.info("Demo portfolio loaded: {} projects", projects.all().size());
    }
}
