package org.bearing.demo;

import static org.bearing.plan.DependencyType.FF;
import static org.bearing.plan.DependencyType.FS;
import static org.bearing.plan.DependencyType.SF;
import static org.bearing.plan.DependencyType.SS;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bearing.plan.Assignments;
import org.bearing.plan.BaselineDraft;
import org.bearing.plan.Baselines;
import org.bearing.plan.CalendarDay;
import org.bearing.plan.CalendarDraft;
import org.bearing.plan.Calendars;
import org.bearing.plan.Dependencies;
import org.bearing.plan.PortfolioDraft;
import org.bearing.plan.Portfolios;
import org.bearing.plan.ProgramDraft;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectCalendar;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.plan.Resource;
import org.bearing.plan.ResourceDraft;
import org.bearing.plan.ResourceType;
import org.bearing.plan.Resources;
import org.bearing.plan.Tasks;
import org.bearing.risk.DistributionShape;
import org.bearing.risk.QuantitativeRiskModel;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskDraft;
import org.bearing.risk.RiskModels;
import org.bearing.risk.RiskRegister;
import org.bearing.schedule.Scheduling;
import org.springframework.stereotype.Component;

/**
 * The demo portfolio: the Atlas cloud-migration program (36 applications in four waves, three vendors, 18 months,
 * a $3.2M budget and a hard go-live) and two smaller software projects, with holiday calendars, resources,
 * assignments, all four link types, a baseline and progress up to the status date.
 */
@Component
class DemoPortfolio {
    static final String FLAGSHIP = "ATLAS";
    static final LocalDate STATUS_DATE = LocalDate.of(2026, 11, 27);

    private static final String[] APPLICATIONS = {
            "Payroll", "HR Portal", "Expense Claims", "CRM", "Billing", "Order Management",
            "Inventory", "Warehouse Control", "E-commerce Web", "Mobile API", "Data Warehouse", "BI Reporting", "Document Management",
            "Intranet", "Email Relay", "SSO Gateway", "Service Desk", "Asset Management", "Procurement", "Supplier Portal",
            "Contract Management", "Treasury", "General Ledger", "Payables and Receivables", "Fixed Assets", "Tax Engine",
            "Customer Portal", "Contact Center", "IVR", "Marketing Automation", "Loyalty", "Pricing Engine", "Fraud Detection",
            "Risk Analytics", "Compliance Archive", "Mainframe Bridge"};
    private static final int[] WAVE_SIZES = {6, 9, 10, 11};

    private final Portfolios portfolios;
    private final Projects projects;
    private final Calendars calendars;
    private final Resources resources;
    private final Tasks tasks;
    private final Dependencies dependencies;
    private final Assignments assignments;
    private final Baselines baselines;
    private final Scheduling scheduling;
    private final RiskRegister risks;
    private final RiskModels riskModels;

    DemoPortfolio(Portfolios portfolios, Projects projects, Calendars calendars, Resources resources, Tasks tasks,
                  Dependencies dependencies, Assignments assignments, Baselines baselines, Scheduling scheduling,
                  RiskRegister risks, RiskModels riskModels) {
        this.scheduling = scheduling;
        this.risks = risks;
        this.riskModels = riskModels;
        this.portfolios = portfolios;
        this.projects = projects;
        this.calendars = calendars;
        this.resources = resources;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.assignments = assignments;
        this.baselines = baselines;
    }

    void load() {
        long portfolio = portfolios.create(new PortfolioDraft("Enterprise IT 2026-27",
                "Technology change portfolio governed by the IT steering committee")).id();
        ProjectCalendar standard = calendars.baseNamed(Calendars.STANDARD).orElseThrow();
        long corporate = calendars.create(new CalendarDraft(null, "US Corporate", standard.id(), 480, 2400, 20, List.of(),
                usHolidays())).id();
        long cutover = calendars.create(new CalendarDraft(null, "Cutover 24x7", null, 1440, 10080, 30,
                allDays("00:00-24:00"), List.of())).id();
        long offshore = calendars.create(new CalendarDraft(null, "Northwind Delivery Center", standard.id(), 480, 2400, 20,
                List.of(), List.of(
                        new CalendarDraft.Exception("Republic Day", LocalDate.of(2026, 1, 26), null, null),
                        new CalendarDraft.Exception("Holi", LocalDate.of(2026, 3, 4), null, null),
                        new CalendarDraft.Exception("Gandhi Jayanti", LocalDate.of(2026, 10, 2), null, null),
                        new CalendarDraft.Exception("Diwali", LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 10), null),
                        new CalendarDraft.Exception("Republic Day", LocalDate.of(2027, 1, 26), null, null),
                        new CalendarDraft.Exception("Holi", LocalDate.of(2027, 3, 22), null, null)))).id();

        long cloudProgram = portfolios.create(new ProgramDraft(portfolio, "Atlas Cloud Migration",
                "Move the data-center estate to the public cloud in four waves and exit the Reston data center",
                "Dana Whitfield, CIO", "Priya Raman")).id();
        long digitalProgram = portfolios.create(new ProgramDraft(portfolio, "Digital Channels",
                "Customer-facing web and data products", "Marcus Lee, Chief Digital Officer", "Tom Becker")).id();

        atlas(cloudProgram, corporate, cutover, offshore);
        portal(digitalProgram, corporate);
        dataPlatform(digitalProgram, corporate);
    }

    private void atlas(long program, long corporate, long cutover, long offshore) {
        Project p = projects.create(new ProjectDraft(program, FLAGSHIP, "Atlas: data-center exit to cloud", "Dana Whitfield, CIO",
                "Priya Raman",
                "Migrate 36 business applications from the Reston data center to the public cloud, decommission the data"
                        + " center before its lease ends, and hand over operations to the cloud platform team.",
                List.of("Exit the Reston data center before the lease ends on 30 June 2027",
                        "Cut infrastructure run cost by 25% from FY2028",
                        "Raise availability of tier-1 applications to 99.95%"),
                List.of("All 36 applications live in the cloud with sign-off from their business owners",
                        "No severity-1 incident caused by a cutover",
                        "Program delivered within the $3.2M budget and management reserve"),
                LocalDate.of(2026, 1, 5), null, "USD", corporate, new BigDecimal("3200000"), LocalDate.of(2027, 6, 30)));
        long id = p.id();
        Resource tpm = workResource(id, "Priya Raman", "PR", "PMO", 1.0, 145, corporate);
        Resource architect = workResource(id, "Cloud Architects", "CA", "Platform", 2.0, 165, corporate);
        Resource engineers = workResource(id, "Migration Engineers", "ME", "Platform", 4.0, 118, corporate);
        Resource dba = workResource(id, "Database Administrators", "DBA", "Platform", 1.0, 125, corporate);
        Resource qa = workResource(id, "QA Analysts", "QA", "Quality", 2.0, 95, corporate);
        Resource northwind = workResource(id, "Northwind Migration Factory", "NW", "Vendor: Northwind Cloud Services", 6.0, 88, offshore);
        Resource contoso = workResource(id, "Contoso Security Assessors", "CS", "Vendor: Contoso Security", 2.0, 210, corporate);
        Resource fabrikam = workResource(id, "Fabrikam Network Engineers", "FN", "Vendor: Fabrikam Networks", 2.0, 175, corporate);
        Resource cloudSpend = resources.create(new ResourceDraft(id, "Cloud consumption", ResourceType.COST, "CC", "Run cost",
                null, null, null, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("4500"), null));
        Resource licences = resources.create(new ResourceDraft(id, "Migration tool licences", ResourceType.MATERIAL, "LIC", "Tools",
                null, "licence", null, new BigDecimal("1200"), BigDecimal.ZERO, BigDecimal.ZERO, null));

        PlanWriter w = new PlanWriter(id, tasks, dependencies, assignments);
        w.summary("Mobilization");
        w.milestone("Charter approved");
        w.task("Vendor selection and statements of work", 15);
        w.task("Cloud Center of Excellence stood up", 10);
        w.milestone("Mobilization complete");
        w.end();
        w.link("Charter approved", "Vendor selection and statements of work");
        w.link("Charter approved", "Cloud Center of Excellence stood up", SS, 5);
        w.link("Vendor selection and statements of work", "Mobilization complete");
        w.link("Cloud Center of Excellence stood up", "Mobilization complete");
        w.assign("Vendor selection and statements of work", tpm.id(), 0.5);
        w.assign("Cloud Center of Excellence stood up", architect.id(), 1.0);

        w.summary("Discovery and assessment");
        w.task("Application portfolio discovery", 20);
        w.task("Dependency mapping", 15);
        w.task("Migration disposition (6R) per application", 10);
        w.task("Security and compliance assessment", 15);
        w.milestone("Assessment complete");
        w.end();
        w.link("Mobilization complete", "Application portfolio discovery");
        w.link("Application portfolio discovery", "Dependency mapping", SS, 5);
        w.link("Dependency mapping", "Security and compliance assessment", FF, 2);
        w.link("Dependency mapping", "Migration disposition (6R) per application");
        w.link("Application portfolio discovery", "Security and compliance assessment", SS, 10);
        w.link("Migration disposition (6R) per application", "Assessment complete");
        w.link("Security and compliance assessment", "Assessment complete");
        w.assign("Application portfolio discovery", northwind.id(), 2.0);
        w.assign("Application portfolio discovery", licences.id(), 20);
        w.assign("Dependency mapping", architect.id(), 1.0);
        w.assign("Migration disposition (6R) per application", architect.id(), 1.0);
        w.assign("Security and compliance assessment", contoso.id(), 2.0);
        w.fixedCost("Security and compliance assessment", 180_000);

        w.summary("Landing zone");
        w.task("Network design", 10);
        w.task("Accounts, identity and access", 10);
        w.task("Dedicated interconnect provisioning", 5);
        w.task("Security baseline and guardrails", 10);
        w.milestone("Landing zone ready");
        w.end();
        w.link("Mobilization complete", "Network design");
        w.link("Mobilization complete", "Accounts, identity and access");
        w.elapsedLink("Network design", "Dedicated interconnect provisioning", 30);
        w.link("Accounts, identity and access", "Security baseline and guardrails");
        w.link("Security and compliance assessment", "Security baseline and guardrails", FS, -5);
        w.link("Dedicated interconnect provisioning", "Landing zone ready");
        w.link("Security baseline and guardrails", "Landing zone ready");
        w.assign("Network design", fabrikam.id(), 2.0);
        w.assign("Dedicated interconnect provisioning", fabrikam.id(), 1.0);
        w.assign("Accounts, identity and access", architect.id(), 1.0);
        w.assign("Security baseline and guardrails", contoso.id(), 1.0);
        w.fixedCost("Network design", 260_000);

        int app = 0;
        String previousWave = null;
        for (int wave = 1; wave <= WAVE_SIZES.length; wave++) {
            String waveName = "Wave " + wave;
            w.summary(waveName + " migration");
            String planning = waveName + " planning";
            w.task(planning, 5);
            w.link(previousWave == null ? "Landing zone ready" : previousWave + " planning", planning,
                    previousWave == null ? FS : SS, previousWave == null ? 0 : 30);
            if (previousWave == null) {
                w.link("Assessment complete", planning);
            }
            w.assign(planning, tpm.id(), 0.5);
            w.assign(planning, architect.id(), 0.5);
            List<String> migrations = new ArrayList<>();
            for (int i = 0; i < WAVE_SIZES[wave - 1]; i++, app++) {
                String name = "Migrate " + APPLICATIONS[app];
                w.task(name, 5 + (app * 7) % 11);
                // Two migration squads: each application follows the one two places before it.
                w.link(migrations.size() >= 2 ? migrations.get(migrations.size() - 2) : planning, name, FS,
                        migrations.size() >= 2 ? 1 : 0);
                w.assign(name, northwind.id(), 2.0);
                w.assign(name, engineers.id(), 1.0);
                if (app % 3 == 0) {
                    w.assign(name, dba.id(), 0.5);
                }
                migrations.add(name);
            }
            String testing = waveName + " user acceptance testing";
            String cutoverTask = waveName + " cutover weekend";
            String done = waveName + " complete";
            w.task(testing, 10);
            w.task(cutoverTask, 1.5);
            w.milestone(done);
            w.end();
            w.link(migrations.get(0), testing, SS, 3);
            for (String m : migrations.subList(Math.max(0, migrations.size() - 2), migrations.size())) {
                w.link(m, testing, FF, 2);
            }
            w.link(testing, cutoverTask);
            w.link(cutoverTask, done);
            w.calendar(cutoverTask, cutover);
            w.assign(testing, qa.id(), 2.0);
            w.assign(cutoverTask, engineers.id(), 2.0);
            w.assign(cutoverTask, cloudSpend.id(), 1);
            w.fixedCost(waveName + " planning", 350_000);
            previousWave = waveName;
        }

        w.summary("Data-center exit and closure");
        w.task("Decommission legacy hardware", 15);
        w.task("Legacy hosting support", 60);
        w.hardMilestone("Go-live: all applications in cloud", LocalDate.of(2027, 6, 30));
        w.task("Lessons learned and handover to operations", 5);
        w.milestone("Program closed");
        w.end();
        w.link("Wave 4 complete", "Go-live: all applications in cloud");
        w.link("Go-live: all applications in cloud", "Decommission legacy hardware");
        w.link("Decommission legacy hardware", "Legacy hosting support", SF, 0);
        w.link("Decommission legacy hardware", "Lessons learned and handover to operations");
        w.link("Lessons learned and handover to operations", "Program closed");
        w.assign("Decommission legacy hardware", engineers.id(), 2.0);
        w.assign("Legacy hosting support", dba.id(), 0.25);
        w.assign("Lessons learned and handover to operations", tpm.id(), 1.0);

        scheduling.reschedule(id);

        baselines.capture(id, new BaselineDraft(0, "Approved plan (steering committee, January 2026)"));
        statusDate(id, STATUS_DATE);

        w.progress("Charter approved", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5), 100);
        w.progress("Vendor selection and statements of work", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 30), 100);
        w.progress("Cloud Center of Excellence stood up", LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 23), 100);
        w.progress("Mobilization complete", LocalDate.of(2026, 1, 30), LocalDate.of(2026, 1, 30), 100);
        w.progress("Application portfolio discovery", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 6), 100);
        w.progress("Dependency mapping", LocalDate.of(2026, 2, 9), LocalDate.of(2026, 3, 13), 100);
        w.progress("Migration disposition (6R) per application", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 27), 100);
        w.progress("Security and compliance assessment", LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 13), 100);
        w.progress("Assessment complete", LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 27), 100);
        w.progress("Network design", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 13), 100);
        w.progress("Accounts, identity and access", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 13), 100);
        w.progress("Dedicated interconnect provisioning", LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 3), 100);
        w.progress("Security baseline and guardrails", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 20), 100);
        w.progress("Landing zone ready", LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 3), 100);
        w.progress("Wave 1 planning", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 10), 100);
        LocalDate start = LocalDate.of(2026, 4, 13);
        for (int i = 0; i < WAVE_SIZES[0]; i++) {
            LocalDate s = start.plusWeeks(2L * (i / 2));
            w.progress("Migrate " + APPLICATIONS[i], s, s.plusDays(11), 100);
        }
        w.progress("Wave 1 user acceptance testing", LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 26), 100);
        w.progress("Wave 1 cutover weekend", LocalDate.of(2026, 6, 27), LocalDate.of(2026, 6, 28), 100);
        w.progress("Wave 1 complete", LocalDate.of(2026, 6, 28), LocalDate.of(2026, 6, 28), 100);
        w.progress("Wave 2 planning", LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 22), 100);
        for (int i = 0; i < WAVE_SIZES[1]; i++) {
            String name = "Migrate " + APPLICATIONS[WAVE_SIZES[0] + i];
            LocalDate s = LocalDate.of(2026, 7, 6).plusWeeks(3L * (i / 2));
            if (i < 4) {
                w.progress(name, s, s.plusDays(18), 100);
            } else if (i < 7) {
                w.progress(name, s, null, 40 + 10 * (i - 4));
            }
        }
        w.progress("Wave 2 user acceptance testing", LocalDate.of(2026, 8, 3), null, 35);
        w.progress("Wave 3 planning", LocalDate.of(2026, 11, 2), null, 60);
        atlasRisks(id, w);
    }

    /**
     * The flagship's register, and its risk model: every open task estimated at 90 / 100 / 130 % of its duration
     * (Beta-PERT: migrations overrun more often than they finish early), the two schedule threats as risk events at the
     * midpoints of their probability bands.
     */
    private void atlasRisks(long projectId, PlanWriter w) {
        long mainframe = risk(projectId, Risk.Kind.THREAT, "Mainframe Bridge cannot be re-platformed in time",
                "Undocumented COBOL interfaces", "Wave 4 cutover of the Mainframe Bridge slips", "Data-center exit misses the lease end",
                "Technical", "Cloud Architects", 3, 5, 4, 2, 2, 450_000, Risk.Strategy.MITIGATE,
                "Start interface discovery in wave 3; keep a rehost fallback", LocalDate.of(2026, 12, 11));
        long attrition = risk(projectId, Risk.Kind.THREAT, "Northwind squad attrition",
                "Two senior engineers gave notice", "Migration throughput drops by a third", "Waves 3 and 4 slip",
                "Vendor", "Priya Raman", 4, 4, 3, 1, 2, 260_000, Risk.Strategy.TRANSFER,
                "Invoke the SOW's key-personnel clause; Northwind backfills within 10 days", LocalDate.of(2026, 11, 20));
        risk(projectId, Risk.Kind.THREAT, "Egress costs above the business case",
                "Data warehouse replication runs across regions", "Cloud bill 20% above plan", "Run-cost objective missed",
                "Financial", "Dana Whitfield", 3, 1, 4, 1, 1, 180_000, Risk.Strategy.MITIGATE,
                "Co-locate replicas; negotiate committed-use discount", LocalDate.of(2027, 1, 15));
        risk(projectId, Risk.Kind.OPPORTUNITY, "Retire BI Reporting instead of migrating it",
                "Finance is moving to the new analytics platform", "One application fewer in wave 3", "Saves two weeks and licences",
                "Scope", "Priya Raman", 3, 3, 2, 1, 1, 60_000, Risk.Strategy.EXPLOIT,
                "Agree the retirement with Finance at the December steering committee", LocalDate.of(2026, 12, 4));
        riskModels.replace(projectId, new QuantitativeRiskModel(null, null, List.of(
                new QuantitativeRiskModel.RiskEvent(mainframe, 0.5, 5.0 * 480, 10.0 * 480, 25.0 * 480, DistributionShape.TRIANGULAR,
                        new BigDecimal("100000"), new BigDecimal("200000"), new BigDecimal("450000"), DistributionShape.TRIANGULAR,
                        List.of(w.get("Migrate Mainframe Bridge").id())),
                new QuantitativeRiskModel.RiskEvent(attrition, 0.7, 3.0 * 480, 5.0 * 480, 10.0 * 480, DistributionShape.TRIANGULAR,
                        new BigDecimal("50000"), new BigDecimal("120000"), new BigDecimal("260000"), DistributionShape.TRIANGULAR,
                        List.of(w.get("Wave 3 user acceptance testing").id(), w.get("Wave 4 user acceptance testing").id()))))
                .withDefaultEstimates(tasks.all(projectId), 90, 100, 130, DistributionShape.BETA_PERT));
    }

    private long risk(long projectId, Risk.Kind kind, String title, String cause, String event, String effect, String category,
                      String owner, int probability, int schedule, int cost, int scope, int quality, long exposure,
                      Risk.Strategy strategy, String action, LocalDate review) {
        return risks.record(projectId, new RiskDraft(kind, title, cause, event, effect, category, owner, probability,
                new RiskDraft.Impact(schedule, cost, scope, quality), BigDecimal.valueOf(exposure), review.plusMonths(1), strategy,
                List.of(new RiskDraft.Action(action, owner, review, false)), null, null, null, null, null, review), "demo").id();
    }

    private void portal(long program, long calendar) {
        Project p = projects.create(new ProjectDraft(program, "PORTAL", "Customer Portal 2.0", "Marcus Lee, Chief Digital Officer",
                "Tom Becker",
                "Rebuild the customer self-service portal on the new API platform with single sign-on and accessibility (WCAG 2.2 AA).",
                List.of("Cut contact-center calls for account changes by 30%", "Reach a customer satisfaction score of 4.3/5"),
                List.of("Released to all customers with no severity-1 defects", "WCAG 2.2 AA audit passed"),
                LocalDate.of(2026, 9, 7), null, "USD", calendar, new BigDecimal("420000"), null));
        long id = p.id();
        Resource product = workResource(id, "Product Owner", "PO", "Digital", 1.0, 120, calendar);
        Resource devs = workResource(id, "Portal Developers", "DEV", "Digital", 4.0, 110, calendar);
        Resource ux = workResource(id, "UX Designer", "UX", "Digital", 1.0, 105, calendar);
        Resource tester = workResource(id, "Test Engineer", "TE", "Quality", 1.0, 90, calendar);
        PlanWriter w = new PlanWriter(id, tasks, dependencies, assignments);
        w.summary("Design");
        w.task("Customer journey research", 10);
        w.task("UX design and prototype", 15);
        w.task("Accessibility review of designs", 3);
        w.end();
        w.summary("Build");
        w.task("Account API integration", 20);
        w.task("Single sign-on", 8);
        w.task("Self-service screens", 25);
        w.task("Notifications", 10);
        w.end();
        w.summary("Release");
        w.task("System and regression testing", 15);
        w.task("WCAG 2.2 AA audit", 5);
        w.task("Pilot with 5% of customers", 10);
        w.milestone("Portal 2.0 released");
        w.end();
        w.link("Customer journey research", "UX design and prototype", SS, 5);
        w.link("UX design and prototype", "Accessibility review of designs");
        w.link("Customer journey research", "Account API integration");
        w.link("Account API integration", "Single sign-on", SS, 5);
        w.link("Accessibility review of designs", "Self-service screens");
        w.link("Account API integration", "Self-service screens", SS, 10);
        w.link("Self-service screens", "Notifications", FF, 0);
        w.link("Self-service screens", "System and regression testing", SS, 10);
        w.link("Notifications", "System and regression testing", FF, 5);
        w.link("System and regression testing", "WCAG 2.2 AA audit", FF, 0);
        w.link("WCAG 2.2 AA audit", "Pilot with 5% of customers");
        w.link("Single sign-on", "Pilot with 5% of customers");
        w.link("Pilot with 5% of customers", "Portal 2.0 released");
        w.assign("Customer journey research", product.id(), 0.5);
        w.assign("Customer journey research", ux.id(), 1.0);
        w.assign("UX design and prototype", ux.id(), 1.0);
        w.assign("Accessibility review of designs", tester.id(), 1.0);
        w.assign("Account API integration", devs.id(), 2.0);
        w.assign("Single sign-on", devs.id(), 1.0);
        w.assign("Self-service screens", devs.id(), 2.0);
        w.assign("Notifications", devs.id(), 1.0);
        w.assign("System and regression testing", tester.id(), 1.0);
        w.assign("WCAG 2.2 AA audit", tester.id(), 0.5);
        w.assign("Pilot with 5% of customers", product.id(), 0.5);
        w.fixedCost("WCAG 2.2 AA audit", 18_000);
        scheduling.reschedule(id);
        baselines.capture(id, new BaselineDraft(0, "Sprint 0 plan"));
        statusDate(id, STATUS_DATE);
        w.progress("Customer journey research", LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 18), 100);
        w.progress("UX design and prototype", LocalDate.of(2026, 9, 14), LocalDate.of(2026, 10, 9), 100);
        w.progress("Accessibility review of designs", LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 14), 100);
        w.progress("Account API integration", LocalDate.of(2026, 9, 21), LocalDate.of(2026, 10, 23), 100);
        w.progress("Single sign-on", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 16), 100);
        w.progress("Self-service screens", LocalDate.of(2026, 10, 15), null, 55);
        w.progress("Notifications", LocalDate.of(2026, 11, 2), null, 30);
    }

    private void dataPlatform(long program, long calendar) {
        Project p = projects.create(new ProjectDraft(program, "DATA", "Data platform upgrade", "Marcus Lee, Chief Digital Officer",
                "Aisha Khan",
                "Upgrade the analytics database cluster to PostgreSQL 17 and move nightly ETL jobs to the new orchestration service.",
                List.of("Halve the nightly batch window", "Retire the unsupported database version before its end of support"),
                List.of("All ETL jobs run on the new orchestrator for 20 consecutive nights", "No data-quality regressions"),
                LocalDate.of(2027, 1, 11), null, "USD", calendar, new BigDecimal("260000"), null));
        long id = p.id();
        Resource dataEng = workResource(id, "Data Engineers", "DE", "Data", 3.0, 115, calendar);
        Resource dba = workResource(id, "Platform DBA", "PDBA", "Data", 1.0, 125, calendar);
        PlanWriter w = new PlanWriter(id, tasks, dependencies, assignments);
        w.task("Inventory ETL jobs", 5);
        w.task("Build new cluster", 10);
        w.task("Port ETL jobs to orchestrator", 30);
        w.task("Parallel run", 20);
        w.task("Switch over and retire old cluster", 3);
        w.milestone("Upgrade complete");
        w.link("Inventory ETL jobs", "Port ETL jobs to orchestrator");
        w.link("Build new cluster", "Port ETL jobs to orchestrator", SS, 5);
        w.link("Port ETL jobs to orchestrator", "Parallel run", SS, 15);
        w.link("Build new cluster", "Parallel run", FF, 10);
        w.link("Parallel run", "Switch over and retire old cluster");
        w.link("Switch over and retire old cluster", "Upgrade complete");
        w.assign("Inventory ETL jobs", dataEng.id(), 1.0);
        w.assign("Build new cluster", dba.id(), 1.0);
        w.assign("Port ETL jobs to orchestrator", dataEng.id(), 3.0);
        w.assign("Parallel run", dataEng.id(), 1.0);
        w.assign("Switch over and retire old cluster", dba.id(), 1.0);
        scheduling.reschedule(id);
        baselines.capture(id, new BaselineDraft(0, "Initial plan"));
    }

    /** Moves the project's status date: progress is known up to it, and remaining work is scheduled after it. */
    private void statusDate(long projectId, LocalDate date) {
        Project p = projects.get(projectId);
        projects.update(projectId, p.version(), ProjectDraft.of(p).withStatusDate(date));
    }

    private Resource workResource(long projectId, String name, String initials, String group, double maxUnits, int rate, long calendar) {
        return resources.create(new ResourceDraft(projectId, name, ResourceType.WORK, initials, group, null, null,
                BigDecimal.valueOf(maxUnits), BigDecimal.valueOf(rate), BigDecimal.valueOf(Math.round(rate * 1.5)), BigDecimal.ZERO, calendar));
    }

    private static List<CalendarDraft.Day> allDays(String periods) {
        List<CalendarDraft.Day> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            days.add(new CalendarDraft.Day(d, CalendarDay.Mode.WORKING, periods));
        }
        return days;
    }

    private static List<CalendarDraft.Exception> usHolidays() {
        Object[][] days = {
                {"New Year's Day", "2026-01-01"}, {"Martin Luther King Jr. Day", "2026-01-19"}, {"Presidents' Day", "2026-02-16"},
                {"Memorial Day", "2026-05-25"}, {"Juneteenth", "2026-06-19"}, {"Independence Day (observed)", "2026-07-03"},
                {"Labor Day", "2026-09-07"}, {"Thanksgiving", "2026-11-26", "2026-11-27"}, {"Christmas Day", "2026-12-25"},
                {"New Year's Day", "2027-01-01"}, {"Martin Luther King Jr. Day", "2027-01-18"}, {"Presidents' Day", "2027-02-15"},
                {"Memorial Day", "2027-05-31"}, {"Juneteenth (observed)", "2027-06-18"}, {"Independence Day (observed)", "2027-07-05"},
                {"Labor Day", "2027-09-06"}, {"Thanksgiving", "2027-11-25", "2027-11-26"}, {"Christmas Day (observed)", "2027-12-24"}};
        List<CalendarDraft.Exception> out = new ArrayList<>();
        for (Object[] d : days) {
            out.add(new CalendarDraft.Exception((String) d[0], LocalDate.parse((String) d[1]),
                    d.length > 2 ? LocalDate.parse((String) d[2]) : null, null));
        }
        return out;
    }
}
